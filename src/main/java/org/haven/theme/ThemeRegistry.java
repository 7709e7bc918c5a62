package org.haven.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The themes found under {@code haven.theme.dir} (plus the shipped ones it lacks), and
 * which one is active. A theme that cannot be loaded (bad manifest, unknown or cyclic
 * {@code extends}, a required template missing, a template that does not parse) is
 * reported and skipped; if it was the chosen one, readers get the default theme instead
 * of an error page.
 */
@Component
public class ThemeRegistry {

	/** Templates every theme must have, itself or through the theme it extends. */
	public static final List<String> REQUIRED_TEMPLATES = List.of("layout", "index", "article", "list", "taxonomy",
			"page", "search", "error/404", "error/500");

	private static final Logger log = LoggerFactory.getLogger(ThemeRegistry.class);

	private final ThemeProperties properties;

	private final ApplicationEventPublisher events;

	private final ThemeLoader loader = new ThemeLoader();

	private volatile Map<String, Theme> themes = Map.of();

	private volatile List<String> problems = List.of();

	private volatile @Nullable Theme active;

	private volatile String wanted;

	/**
	 * Setting values chosen at run time (by an admin); they win over configuration and
	 * defaults.
	 */
	private volatile Map<String, String> chosenSettings = Map.of();

	/**
	 * {@link #settings()} as templates get them, made again whenever the theme or a value
	 * changes.
	 */
	private volatile Map<String, Object> typedSettings = Map.of();

	/**
	 * Shipped themes unpacked at start-up because the themes folder lacks them (not
	 * unpacked again on reload).
	 */
	private final Map<String, Path> shipped = new LinkedHashMap<>();

	public ThemeRegistry(ThemeProperties properties, ApplicationEventPublisher events) {
		this.properties = properties;
		this.events = events;
		this.wanted = properties.active();
		Path shippedDir = properties.shippedDir();
		if (shippedDir != null) {
			ShippedThemes.unpackMissing(properties.dir(), shippedDir)
				.forEach(name -> shipped.put(name, shippedDir.resolve(name)));
		}
		load();
	}

	/**
	 * Reads every theme folder again (picking up added, changed and removed themes) and
	 * re-applies the current choice; caches of templates and pages are dropped.
	 */
	public synchronized void reload() {
		load();
		events.publishEvent(new ThemeChanged(active().name()));
	}

	public Theme active() {
		Theme current = active;
		if (current == null) {
			throw new IllegalStateException("no theme is loaded");
		}
		return current;
	}

	/**
	 * The theme asked for (by configuration or the last switch), which may differ from
	 * the active one if broken.
	 */
	public String wanted() {
		return wanted;
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
			String problem = problems.stream()
				.filter(p -> p.startsWith("theme '" + name + "'"))
				.findFirst()
				.orElse(null);
			throw new ThemeException(name, ThemeManifest.FILE, problem != null ? "cannot be used: " + problem
					: "no such theme is loaded (loaded: " + String.join(", ", themes.keySet()) + ")");
		}
		Theme previous = active;
		active = theme;
		wanted = name;
		typedSettings = typed();
		if (previous == null || !previous.name().equals(name)) {
			log.info("Active theme is now '{}'", name);
			events.publishEvent(new ThemeChanged(name));
		}
		return theme;
	}

	/**
	 * The active theme's settings: the parents' defaults, then the theme's own,
	 * overridden by configuration, then by values chosen at run time.
	 */
	public Map<String, String> settings() {
		Map<String, String> merged = new LinkedHashMap<>();
		declaredSettings().forEach((key, setting) -> merged.put(key, setting.defaultValue()));
		merged.putAll(properties.settings());
		Map<String, String> chosen = chosenSettings;
		chosen.forEach((key, value) -> {
			if (merged.containsKey(key)) {
				merged.put(key, value);
			}
		});
		return merged;
	}

	/**
	 * The active theme's settings as templates get them ({@code site.settings}): see
	 * {@link TypedSettings}.
	 */
	public Map<String, Object> typedSettings() {
		return typedSettings;
	}

	private Map<String, Object> typed() {
		return TypedSettings.of(declaredSettings(), settings());
	}

	/**
	 * The settings the active theme and its parents declare, parents' first, a theme's
	 * own overriding theirs.
	 */
	public Map<String, ThemeSetting> declaredSettings() {
		Map<String, ThemeSetting> declared = new LinkedHashMap<>();
		List<Theme> lineage = new ArrayList<>();
		for (Theme t = active; t != null; t = t.parent() == null ? null : themes.get(t.parent())) {
			lineage.add(0, t);
		}
		lineage.forEach(t -> declared.putAll(t.declared()));
		return declared;
	}

	/**
	 * Replaces the values chosen at run time (keys the active theme does not declare are
	 * kept for a theme that does, but ignored); readers see them on their next request.
	 * The same values again change nothing and drop no cache.
	 */
	public synchronized void chooseSettings(Map<String, String> values) {
		if (chosenSettings.equals(values)) {
			return;
		}
		chosenSettings = Map.copyOf(values);
		typedSettings = typed();
		events.publishEvent(new ThemeChanged(active().name()));
	}

	private void load() {
		ThemeLoader.Result result = loader.load(folders());
		result.problems().forEach(problem -> log.warn("Theme not loaded: {}", problem));
		this.themes = result.themes();
		this.problems = result.problems();
		this.active = choose(wanted);
		this.typedSettings = typed();
	}

	private Theme choose(String name) {
		Theme chosen = themes.get(name);
		if (chosen != null) {
			return chosen;
		}
		Theme fallback = themes.get(ThemeProperties.DEFAULT_THEME);
		if (fallback == null) {
			throw new ThemeException(ThemeProperties.DEFAULT_THEME, properties.dir().toString(),
					"the default theme is missing or broken, so no page can be shown: " + problems);
		}
		log.warn("Theme '{}' is not available; showing '{}' instead", name, fallback.name());
		return fallback;
	}

	/**
	 * Theme folders by name: those in {@code dir}, then shipped ones that {@code dir}
	 * lacks.
	 */
	private Map<String, Path> folders() {
		Map<String, Path> folders = new LinkedHashMap<>(shipped);
		for (Path folder : list(properties.dir())) {
			folders.put(folder.getFileName().toString(), folder);
		}
		return folders;
	}

	private static List<Path> list(Path dir) {
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
