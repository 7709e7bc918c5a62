package org.haven.theme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A {@code theme.yaml} as written: name, title, version, author, description, extends,
 * and settings with defaults. {@code untyped} are the settings declared without a
 * {@code type}: one a parent declares keeps the parent's type.
 */
record ThemeManifest(String name, String title, String version, String author, String description,
		@Nullable String parent, Map<String, ThemeSetting> settings, Set<String> untyped) {

	static final String FILE = "theme.yaml";

	static ThemeManifest read(Path folder) {
		String theme = folder.getFileName().toString();
		Path file = folder.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			throw new ThemeException(theme, FILE, "missing: every theme needs a theme.yaml manifest");
		}
		Object loaded;
		try {
			loaded = new Yaml(new SafeConstructor(new LoaderOptions()))
				.load(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (MarkedYAMLException ex) {
			Mark mark = ex.getProblemMark() != null ? ex.getProblemMark() : ex.getContextMark();
			String where = mark == null ? ""
					: " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
			throw new ThemeException(theme, FILE, "cannot be read" + where + ": " + ex.getProblem());
		}
		catch (IOException | YAMLException ex) {
			throw new ThemeException(theme, FILE, "cannot be read: " + ex.getMessage());
		}
		if (!(loaded instanceof Map<?, ?> map)) {
			throw new ThemeException(theme, FILE, "must be a set of 'key: value' lines");
		}
		String name = text(map, "name", theme);
		if (!name.equals(theme)) {
			throw new ThemeException(theme, FILE, "name '" + name + "' must match the folder name '" + theme + "'");
		}
		Map<String, ThemeSetting> settings = new LinkedHashMap<>();
		Set<String> untyped = new LinkedHashSet<>();
		if (map.get("settings") instanceof Map<?, ?> declared) {
			declared.forEach((k, value) -> {
				String key = String.valueOf(k);
				settings.put(key, settingOf(theme, key, value));
				if (!(value instanceof Map<?, ?> spec) || spec.get("type") == null) {
					untyped.add(key);
				}
			});
		}
		Object parent = map.get("extends");
		return new ThemeManifest(name, text(map, "title", name), text(map, "version", "0"), text(map, "author", ""),
				text(map, "description", ""), parent == null ? null : parent.toString().strip(), settings,
				Set.copyOf(untyped));
	}

	/**
	 * A setting is either a plain default or a map with {@code default} (and
	 * {@code type}, {@code label}, and {@code min}, {@code max} for a number).
	 */
	private static ThemeSetting settingOf(String theme, String key, @Nullable Object value) {
		if (!(value instanceof Map<?, ?> spec)) {
			return new ThemeSetting(key, value == null ? "" : value.toString(), "text", key);
		}
		try {
			return new ThemeSetting(key, text(spec, "default", ""), text(spec, "type", "text"),
					text(spec, "label", key), whole(spec, "min", -ThemeSetting.NUMBER_LIMIT),
					whole(spec, "max", ThemeSetting.NUMBER_LIMIT));
		}
		catch (IllegalArgumentException ex) {
			throw new ThemeException(theme, FILE, "setting '" + key + "': " + ex.getMessage());
		}
	}

	private static int whole(Map<?, ?> map, String key, int fallback) {
		Object value = map.get(key);
		if (value == null) {
			return fallback;
		}
		if (value instanceof Integer number) {
			return number;
		}
		throw new IllegalArgumentException("'" + key + "' must be a whole number, not '" + value + "'");
	}

	private static String text(Map<?, ?> map, String key, String fallback) {
		Object value = map.get(key);
		return value == null ? fallback : value.toString().strip();
	}

}
