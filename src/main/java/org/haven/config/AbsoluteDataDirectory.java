package org.haven.config;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code haven.site.data-dir} absolute before anything reads it. H2 refuses a
 * database URL whose file path is implicitly relative ({@code data/haven}), so a data
 * directory given as {@code --haven.site.data-dir=data} stopped start-up; everything else
 * that uses the directory (search index, media copies, outbox) is also better off not
 * depending on where the process happens to start. Resolved against the working
 * directory, as a relative path always was.
 */
public class AbsoluteDataDirectory implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "haven.site.data-dir";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String value = environment.getProperty(PROPERTY);
		if (value == null || value.isBlank() || value.startsWith("~")) {
			return;
		}
		Path path = Path.of(value.strip());
		if (!path.isAbsolute()) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("haven-absolute-data-dir",
						Map.of(PROPERTY, path.toAbsolutePath().normalize().toString())));
		}
	}

	@Override
	public int getOrder() {
		// after the configuration files and the command line are in the environment
		return Ordered.LOWEST_PRECEDENCE;
	}

}
