package org.haven.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Copies on-disk fixture trees into a temporary folder so a test can change them freely.
 */
public final class Fixtures {

	public static final Path CONTENT = Path.of("src/test/resources/fixtures/content");

	private Fixtures() {
	}

	public static Path copyContent(Path target) {
		return copy(CONTENT, target);
	}

	public static Path copy(Path source, Path target) {
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path to = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(to);
				}
				else {
					Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
