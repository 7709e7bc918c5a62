package org.haven.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The themes found under {@code haven.theme.dir}, and which one is active. A theme that cannot be loaded (bad manifest,
 * unknown or cyclic {@code extends}, a required template missing) is reported and skipped; if it was the chosen one,
 * readers get the default theme instead of an error page.
 */
@Component
public class ThemeRegistry {

	/** Templates every theme must have, itself or through the theme it extends. */
	public static final List<String> REQUIRED_TEMPLATES = List.of("layout", "index", "article", "list", "taxonomy",
			"page", "search", "error/404", "error/500");

	private static final Logger log = LoggerFactory.getLogger(ThemeRegistry.class);

	private final ThemeProperties properties;

	private final ApplicationEventPublisher events;

	private volatile Map<String, Theme> themes = Map.of();

	private volatile List<String> problems = List.of();

	private volatile Theme active;

	public ThemeRegistry(ThemeProperties properties, ApplicationEventPublisher events) {
		this.properties = properties;
		this.events = events;
		reload();
	}

	/** Reads every theme folder again and re-applies the configured or current choice. */
	public synchronized void reload() {
		String wanted = active != null ? active.name() : properties.active();
		Map<String, ThemeManifest> manifests = new LinkedHashMap<>();
		List<String> found = new ArrayList<>();
		for (Path folder : folders()) {
			try {
				ThemeManifest manifest = ThemeManifest.read(folder);
				manifests.put(manifest.name(), manifest);
			}
			catch (ThemeException ex) {
				found.add(ex.getMessage());
			}
		}
		Map<String, Theme> loaded = new LinkedHashMap<>();
		for (ThemeManifest manifest : manifests.values()) {
			try {
				Theme theme = link(manifest, manifests);
				checkRequiredTemplates(theme);
				loaded.put(theme.name(), theme);
			}
			catch (ThemeException ex) {
				found.add(ex.getMessage());
			}
		}
		found.forEach(problem -> log.warn("Theme not loaded: {}", problem));
		this.themes = Map.copyOf(loaded);
		this.problems = List.copyOf(found);
		this.active = choose(wanted);
	}

	public Theme active() {
		return active;
	}

	public Map<String, Theme> themes() {
		return themes;
	}

	public Optional<Theme> theme(String name) {
		return Optional.ofNullable(themes.get(name));
	}

	/** Problems found when themes were loaded, each naming the theme and file. */
	public List<String> problems() {
		return problems;
	}

	/** Makes {@code name} the active theme; readers see it on their next request. */
	public synchronized Theme activate(String name) {
		Theme theme = themes.get(name);
		if (theme == null) {
			throw new ThemeException(name, ThemeManifest.FILE, "no such theme is loaded (loaded: "
					+ String.join(", ", themes.keySet()) + ")");
		}
		Theme previous = active;
		active = theme;
		if (previous == null || !previous.name().equals(name)) {
			log.info("Active theme is now '{}'", name);
			events.publishEvent(new ThemeChanged(name));
		}
		return theme;
	}

	/** The active theme's settings: manifest defaults, then the theme's parents', overridden by configuration. */
	public Map<String, String> settings() {
		Map<String, String> merged = new LinkedHashMap<>();
		List<Theme> lineage = new ArrayList<>();
		for (Theme t = active; t != null; t = t.parent() == null ? null : themes.get(t.parent())) {
			lineage.add(0, t);
		}
		lineage.forEach(t -> merged.putAll(t.settings()));
		merged.putAll(properties.settings());
		return merged;
	}

	private Theme choose(String wanted) {
		Theme chosen = themes.get(wanted);
		if (chosen != null) {
			return chosen;
		}
		Theme fallback = themes.get(ThemeProperties.DEFAULT_THEME);
		if (fallback == null) {
			throw new ThemeException(ThemeProperties.DEFAULT_THEME, properties.dir().toString(),
					"the default theme is missing or broken, so no page can be shown: " + problems);
		}
		log.warn("Theme '{}' is not available; showing '{}' instead", wanted, fallback.name());
		return fallback;
	}

	private Theme link(ThemeManifest manifest, Map<String, ThemeManifest> manifests) {
		List<Path> chain = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		ThemeManifest current = manifest;
		while (current != null) {
			if (!seen.add(current.name())) {
				throw new ThemeException(manifest.name(), ThemeManifest.FILE,
						"'extends' makes a cycle: " + String.join(" -> ", seen) + " -> " + current.name());
			}
			chain.add(properties.dir().resolve(current.name()).toAbsolutePath().normalize());
			String parent = current.parent();
			if (parent == null) {
				break;
			}
			current = manifests.get(parent);
			if (current == null) {
				throw new ThemeException(manifest.name(), ThemeManifest.FILE,
						"extends '" + parent + "', which is not a loadable theme");
			}
		}
		return new Theme(manifest.name(), manifest.title(), manifest.version(), manifest.author(),
				manifest.description(), manifest.parent(), Map.copyOf(manifest.settings()), chain.get(0),
				List.copyOf(chain));
	}

	private static void checkRequiredTemplates(Theme theme) {
		for (String template : REQUIRED_TEMPLATES) {
			boolean present = theme.chain()
				.stream()
				.anyMatch(root -> Files.isRegularFile(root.resolve("templates").resolve(template + ".html")));
			if (!present) {
				throw new ThemeException(theme.name(), "templates/" + template + ".html",
						"required template is missing (required: " + String.join(", ", REQUIRED_TEMPLATES) + ")");
			}
		}
	}

	private List<Path> folders() {
		Path dir = properties.dir();
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.filter(Files::isDirectory).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list themes in " + dir, ex);
		}
	}

}
