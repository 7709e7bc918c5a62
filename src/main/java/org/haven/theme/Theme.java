package org.haven.theme;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A loaded theme: its manifest and its folder. {@code chain} is this theme followed by
 * the themes it extends, the order in which templates and assets are looked up;
 * {@code declared} are the settings its own manifest declares, in order.
 */
public record Theme(String name, String title, String version, String author, String description,
		@Nullable String parent, Map<String, ThemeSetting> declared, Path root, List<Path> chain) {

	/** The defaults of the settings this theme's own manifest declares. */
	public Map<String, String> settings() {
		Map<String, String> defaults = new LinkedHashMap<>();
		declared.forEach((key, setting) -> defaults.put(key, setting.defaultValue()));
		return defaults;
	}

	public Path templates() {
		return root.resolve("templates");
	}

}
