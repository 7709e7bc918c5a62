package org.haven.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads theme folders into {@link Theme}s: the manifest, the {@code extends} chain, the
 * required templates and the syntax of every template. A theme that fails any check is
 * left out, with a problem naming the theme and file.
 */
final class ThemeLoader {

	/** The themes that loaded, by name, and a message for each that did not. */
	record Result(Map<String, Theme> themes, List<String> problems) {
	}

	private final TemplateSyntax syntax = new TemplateSyntax();

	/** Loads the theme folders given by name (the name is the folder's name). */
	Result load(Map<String, Path> folders) {
		List<String> problems = new ArrayList<>();
		Map<String, ThemeManifest> manifests = new LinkedHashMap<>();
		Map<String, Path> roots = new LinkedHashMap<>();
		folders.forEach((name, folder) -> {
			try {
				ThemeManifest manifest = ThemeManifest.read(folder);
				checkTemplates(name, folder);
				manifests.put(manifest.name(), manifest);
				roots.put(manifest.name(), folder.toAbsolutePath().normalize());
			}
			catch (ThemeException ex) {
				problems.add(ex.getMessage());
			}
		});
		Map<String, Theme> loaded = new LinkedHashMap<>();
		for (ThemeManifest manifest : manifests.values()) {
			try {
				Theme theme = link(manifest, manifests, roots, folders.keySet());
				checkRequiredTemplates(theme);
				loaded.put(theme.name(), theme);
			}
			catch (ThemeException ex) {
				problems.add(ex.getMessage());
			}
		}
		return new Result(Map.copyOf(loaded), List.copyOf(problems));
	}

	private void checkTemplates(String theme, Path folder) {
		Path templates = folder.resolve("templates");
		if (!Files.isDirectory(templates)) {
			return;
		}
		try (Stream<Path> files = Files.walk(templates)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
				Optional<String> problem = syntax.check(file);
				if (problem.isPresent()) {
					String relative = folder.relativize(file).toString().replace('\\', '/');
					throw new ThemeException(theme, relative, problem.get());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the templates of theme '" + theme + "'", ex);
		}
	}

	private static Theme link(ThemeManifest manifest, Map<String, ThemeManifest> manifests, Map<String, Path> roots,
			Set<String> present) {
		List<Path> chain = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		ThemeManifest current = manifest;
		while (current != null) {
			if (!seen.add(current.name())) {
				throw new ThemeException(manifest.name(), ThemeManifest.FILE,
						"'extends' makes a cycle: " + String.join(" -> ", seen) + " -> " + current.name());
			}
			chain.add(roots.get(current.name()));
			String parent = current.parent();
			if (parent == null) {
				break;
			}
			current = manifests.get(parent);
			if (current == null) {
				throw new ThemeException(manifest.name(), ThemeManifest.FILE, "extends '" + parent + "', "
						+ (present.contains(parent) ? "which failed to load" : "but there is no such theme"));
			}
		}
		return new Theme(manifest.name(), manifest.title(), manifest.version(), manifest.author(),
				manifest.description(), manifest.parent(), Collections.unmodifiableMap(settings(manifest, manifests)),
				chain.get(0), List.copyOf(chain));
	}

	/**
	 * The theme's own settings, each checked against its type. A setting declared without
	 * a type that an ancestor declares keeps the ancestor's type, label and range, so
	 * {@code accent: "#000000"} only changes the default.
	 */
	private static Map<String, ThemeSetting> settings(ThemeManifest manifest, Map<String, ThemeManifest> manifests) {
		Map<String, ThemeSetting> settings = new LinkedHashMap<>();
		manifest.settings().forEach((key, declared) -> {
			ThemeSetting setting = declared;
			if (manifest.untyped().contains(key)) {
				setting = inherited(key, manifest, manifests).map(s -> s.withDefault(declared.defaultValue()))
					.orElse(declared);
			}
			String value = setting.defaultValue();
			setting.problemWith(value).ifPresent(problem -> {
				throw new ThemeException(manifest.name(), ThemeManifest.FILE,
						"setting '" + key + "': the default '" + value + "' will not do. " + problem);
			});
			settings.put(key, setting);
		});
		return settings;
	}

	private static Optional<ThemeSetting> inherited(String key, ThemeManifest manifest,
			Map<String, ThemeManifest> manifests) {
		for (ThemeManifest m = manifests.get(String.valueOf(manifest.parent())); m != null; m = manifests
			.get(String.valueOf(m.parent()))) {
			if (m.settings().containsKey(key) && !m.untyped().contains(key)) {
				return Optional.of(m.settings().get(key));
			}
		}
		return Optional.empty();
	}

	private static void checkRequiredTemplates(Theme theme) {
		for (String template : ThemeRegistry.REQUIRED_TEMPLATES) {
			boolean present = theme.chain()
				.stream()
				.anyMatch(root -> Files.isRegularFile(root.resolve("templates").resolve(template + ".html")));
			if (!present) {
				throw new ThemeException(theme.name(), "templates/" + template + ".html", "required template is missing"
						+ " (required: " + String.join(", ", ThemeRegistry.REQUIRED_TEMPLATES) + ")");
			}
		}
	}

}
