package org.haven.theme;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A loaded theme: its manifest and its folder. {@code chain} is this theme followed by the themes it extends, the order
 * in which templates and assets are looked up.
 */
public record Theme(String name, String title, String version, String author, String description,
		@Nullable String parent, Map<String, String> settings, Path root, List<Path> chain) {

	public Path templates() {
		return root.resolve("templates");
	}

}
