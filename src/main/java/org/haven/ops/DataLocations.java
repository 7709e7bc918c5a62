package org.haven.ops;

import java.nio.file.Path;

import org.springframework.core.env.Environment;

/** Where the site keeps its database and content, as its configuration says. */
record DataLocations(String url, String user, String password, Path dataDir, Path contentDir) {

	static DataLocations of(Environment settings) {
		return new DataLocations(settings.getRequiredProperty("spring.datasource.url"),
				settings.getProperty("spring.datasource.username", ""),
				settings.getProperty("spring.datasource.password", ""),
				Path.of(settings.getRequiredProperty("haven.site.data-dir")),
				Path.of(settings.getRequiredProperty("haven.content.dir")));
	}

	boolean h2() {
		return url.startsWith("jdbc:h2:file:");
	}

}
