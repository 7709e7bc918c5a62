package org.haven.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Markdown files of one content sub-folder, with paths relative to the content root.
 */
final class ContentFiles {

	private ContentFiles() {
	}

	static List<Path> markdownIn(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile)
				.filter(p -> p.getFileName().toString().endsWith(".md"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + folder, ex);
		}
	}

	/**
	 * The path as stored and reported: relative to the content root, with forward
	 * slashes.
	 */
	static String relative(Path root, Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

	static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

}
