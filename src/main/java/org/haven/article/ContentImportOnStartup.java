package org.haven.article;

import org.haven.config.ClusterProperties;
import org.haven.content.ContentProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Imports {@code content/} at start-up, before the web server opens its port (the server
 * starts in a later lifecycle phase), so no reader ever gets a 404 for an article that is
 * still being imported.
 */
@Component
class ContentImportOnStartup implements SmartLifecycle {

	/**
	 * Well before Boot's web server, which starts at {@code Integer.MAX_VALUE - 2048}.
	 */
	static final int PHASE = Integer.MAX_VALUE - 8192;

	private final ContentImport contentImport;

	private final ContentProperties properties;

	private final boolean writesContent;

	private volatile boolean running;

	ContentImportOnStartup(ContentImport contentImport, ContentProperties properties, ClusterProperties cluster) {
		this.contentImport = contentImport;
		this.properties = properties;
		this.writesContent = cluster.writesContent();
	}

	@Override
	public void start() {
		running = true;
		if (properties.importOnStartup() && writesContent) {
			contentImport.importAll();
		}
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
