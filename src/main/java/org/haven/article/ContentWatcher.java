package org.haven.article;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

import org.haven.content.ContentProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * In dev mode ({@code haven.content.watch=true}) re-imports the content folder shortly after a file in it changes, so
 * a writer sees a new or edited article on reload without a restart.
 */
@Component
class ContentWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);

	private static final long QUIET_MILLIS = 300;

	private final Path root;

	private final boolean enabled;

	private final Runnable onChange;

	private volatile Thread thread;

	@Autowired
	ContentWatcher(ContentImport contentImport, ContentProperties properties) {
		this(properties.dir(), properties.watch(), contentImport::importAll);
	}

	ContentWatcher(Path root, boolean enabled, Runnable onChange) {
		this.root = root;
		this.enabled = enabled;
		this.onChange = onChange;
	}

	@Override
	public void start() {
		if (!enabled || !Files.isDirectory(root)) {
			return;
		}
		Thread watcherThread = new Thread(this::watch, "content-watcher");
		watcherThread.setDaemon(true);
		watcherThread.start();
		thread = watcherThread;
	}

	private void watch() {
		try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
			for (Path dir : new Path[] { root, root.resolve("articles"), root.resolve("pages"),
					root.resolve("authors") }) {
				if (Files.isDirectory(dir)) {
					dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
							StandardWatchEventKinds.ENTRY_DELETE);
				}
			}
			log.info("Watching {} for changes", root);
			while (!Thread.currentThread().isInterrupted()) {
				WatchKey key = watcher.take();
				drainUntilQuiet(watcher, key);
				try {
					onChange.run();
				}
				catch (RuntimeException ex) {
					log.warn("Re-import after a file change failed: {}", ex.toString());
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Content watcher stopped: {}", ex.toString());
		}
	}

	/** Editors save in bursts (temp file, rename, touch): wait until the folder is quiet, then import once. */
	private static void drainUntilQuiet(WatchService watcher, WatchKey first) throws InterruptedException {
		WatchKey key = first;
		while (key != null) {
			key.pollEvents();
			key.reset();
			key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public void stop() {
		Thread running = thread;
		if (running != null) {
			running.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null && thread.isAlive();
	}

}
