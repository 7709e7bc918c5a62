package org.haven.article;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Imports {@code content/} before the application reports itself ready. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentImportOnStartup implements ApplicationRunner {

	private final ContentImport contentImport;

	private final ContentProperties properties;

	ContentImportOnStartup(ContentImport contentImport, ContentProperties properties) {
		this.contentImport = contentImport;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (properties.importOnStartup()) {
			contentImport.importAll();
		}
	}

}
