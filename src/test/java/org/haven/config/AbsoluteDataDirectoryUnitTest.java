package org.haven.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * A data directory given as a plain relative path ({@code --haven.site.data-dir=data})
 * works: H2 refuses such a path in its URL, so it is made absolute first.
 */
class AbsoluteDataDirectoryUnitTest {

	static final String URL = "jdbc:h2:file:${haven.site.data-dir}/haven;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

	@Test
	void aRelativeDataDirectoryBecomesAbsoluteAndTheShippedDatabaseUrlOpens() throws Exception {
		StandardEnvironment environment = environment("target/relative-data-dir-test");

		new AbsoluteDataDirectory().postProcessEnvironment(environment, new SpringApplication());

		String dir = environment.getProperty("haven.site.data-dir");
		assertThat(Path.of(dir)).isAbsolute().isEqualTo(Path.of("target/relative-data-dir-test").toAbsolutePath());
		try (Connection db = DriverManager.getConnection(environment.resolvePlaceholders(URL))) {
			assertThat(db.isValid(1)).isTrue();
		}
		assertThat(Files.exists(Path.of("target/relative-data-dir-test/haven.mv.db"))).isTrue();
	}

	@Test
	void withoutItH2RefusesThePath() {
		StandardEnvironment environment = environment("target/relative-data-dir-test");

		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> DriverManager.getConnection(environment.resolvePlaceholders(URL)).close())
			.hasMessageContaining("implicitly relative");
	}

	@Test
	void anAbsoluteOrDotRelativeDirectoryKeepsItsMeaning() {
		StandardEnvironment absolute = environment("/srv/haven/data");
		new AbsoluteDataDirectory().postProcessEnvironment(absolute, new SpringApplication());
		assertThat(absolute.getProperty("haven.site.data-dir")).isEqualTo("/srv/haven/data");

		StandardEnvironment dotted = environment("./data");
		new AbsoluteDataDirectory().postProcessEnvironment(dotted, new SpringApplication());
		assertThat(dotted.getProperty("haven.site.data-dir")).isEqualTo(Path.of("data").toAbsolutePath().toString());
	}

	static StandardEnvironment environment(String dataDir) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("haven.site.data-dir", dataDir)));
		return environment;
	}

}
