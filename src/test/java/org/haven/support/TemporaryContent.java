package org.haven.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points {@code haven.content.dir} at a fresh temporary copy of the repository's
 * {@code content/} folder.
 */
public class TemporaryContent implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		try {
			Path copy = Fixtures.copy(Path.of("content"), Files.createTempDirectory("haven-content-"));
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("temporaryContent", Map.of("haven.content.dir", copy.toString())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
