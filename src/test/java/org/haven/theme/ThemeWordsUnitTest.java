package org.haven.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.cache.NonCacheableCacheEntryValidity;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.engine.TemplateModel;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.ITemplateEvent;
import org.thymeleaf.model.IText;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresource.FileTemplateResource;

/**
 * Every word a shipped theme shows comes from its bundles, in English and German: the two
 * bundles of a theme hold the same keys, every key a template uses exists along the
 * theme's {@code extends} chain, and no template carries words of its own (text outside a
 * {@code th:text}/{@code th:utext} preview, a fixed {@code aria-label}, or a quoted
 * phrase in an expression).
 */
class ThemeWordsUnitTest {

	static final Path THEMES = Path.of("themes");

	static final List<String> LANGUAGES = List.of("", "_de");

	/** Scaffolding around fragments that no page shows. */
	static final Set<String> ALLOWED_TEXT = Set.of("Styles");

	static final Pattern KEY = Pattern.compile("#\\{([a-z0-9.-]+)|#messages\\.msg\\('([a-z0-9.-]+)'");

	/** A quoted phrase in an expression: an upper-case word or words with a space. */
	static final Pattern PHRASE = Pattern.compile("'([A-Z][A-Za-z]*|[A-Za-z]+ [A-Za-z ,]+)'");

	static final Set<String> WORD_ATTRIBUTES = Set.of("aria-label", "title", "alt", "placeholder");

	static final Set<String> NOT_EXPRESSIONS = Set.of("th:fragment", "th:replace", "th:insert");

	static List<String> shippedThemes() {
		try (Stream<Path> folders = Files.list(THEMES)) {
			return folders.filter(f -> Files.isRegularFile(f.resolve("theme.yaml")))
				.map(f -> f.getFileName().toString())
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@ParameterizedTest
	@MethodSource("shippedThemes")
	void englishAndGermanHoldTheSameKeys(String theme) {
		assertThat(keys(theme, "_de")).as("%s: German keys", theme).isEqualTo(keys(theme, ""));
	}

	@ParameterizedTest
	@MethodSource("shippedThemes")
	void everyKeyATemplateUsesExistsInEveryLanguage(String theme) {
		List<String> missing = new ArrayList<>();
		for (String language : LANGUAGES) {
			Set<String> known = new TreeSet<>();
			chain(theme).forEach(t -> known.addAll(keys(t, language)));
			for (Path template : templates(theme)) {
				Matcher m = KEY.matcher(read(template));
				while (m.find()) {
					String key = m.group(1) != null ? m.group(1) : m.group(2);
					if (!known.contains(key)) {
						missing.add(template + ": " + key + " (messages" + language + ")");
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("shippedThemes")
	void templatesHaveNoWordsOfTheirOwn(String theme) {
		List<String> words = new ArrayList<>();
		for (Path template : templates(theme)) {
			words.addAll(ownWords(template));
		}
		assertThat(words).isEmpty();
	}

	/** Words in {@code template} that do not come from a bundle. */
	static List<String> ownWords(Path template) {
		IEngineConfiguration configuration = new SpringTemplateEngine().getConfiguration();
		TemplateData data = new TemplateData(template.toString(), null,
				new FileTemplateResource(template.toString(), StandardCharsets.UTF_8.name()), TemplateMode.HTML,
				NonCacheableCacheEntryValidity.INSTANCE);
		TemplateModel model = configuration.getTemplateManager()
			.parseString(data, read(template), 0, 0, TemplateMode.HTML, false);
		List<String> found = new ArrayList<>();
		Deque<Boolean> previews = new ArrayDeque<>();
		for (int i = 0; i < model.size(); i++) {
			ITemplateEvent event = model.get(i);
			if (event instanceof IProcessableElementTag tag) {
				attributes(template, tag, found);
			}
			if (event instanceof IOpenElementTag open) {
				boolean inside = !previews.isEmpty() && previews.peek();
				previews.push(inside || open.hasAttribute("th:text") || open.hasAttribute("th:utext")
						|| open.hasAttribute("th:replace"));
			}
			else if (event instanceof ICloseElementTag && !previews.isEmpty()) {
				previews.pop();
			}
			else if (event instanceof IText text && (previews.isEmpty() || !previews.peek())) {
				String value = text.getText().replaceAll("&#?[A-Za-z0-9]+;", "").strip();
				if (value.codePoints().anyMatch(Character::isLetter) && !ALLOWED_TEXT.contains(value)) {
					found.add(template + " line " + text.getLine() + ": text '" + value + "'");
				}
			}
		}
		return found;
	}

	private static void attributes(Path template, IProcessableElementTag tag, List<String> found) {
		Map<String, String> attributes = tag.getAttributeMap();
		attributes.forEach((name, value) -> {
			if (WORD_ATTRIBUTES.contains(name) && !attributes.containsKey("th:" + name)
					&& value.codePoints().anyMatch(Character::isLetter)) {
				found.add(template + " line " + tag.getLine() + ": " + name + "=\"" + value + "\"");
			}
			if (name.startsWith("th:") && !NOT_EXPRESSIONS.contains(name) && value != null) {
				Matcher phrase = PHRASE.matcher(value);
				while (phrase.find()) {
					found.add(template + " line " + tag.getLine() + ": " + name + " says '" + phrase.group(1) + "'");
				}
			}
		});
	}

	/** The theme and the themes it extends, nearest first. */
	static List<String> chain(String theme) {
		List<String> chain = new ArrayList<>();
		for (String t = theme; t != null; t = parent(t)) {
			chain.add(t);
		}
		return chain;
	}

	private static String parent(String theme) {
		Matcher m = Pattern.compile("(?m)^extends:\\s*(\\S+)")
			.matcher(read(THEMES.resolve(theme).resolve("theme.yaml")));
		return m.find() ? m.group(1) : null;
	}

	static Set<String> keys(String theme, String language) {
		Path file = THEMES.resolve(theme).resolve("i18n/messages" + language + ".properties");
		Properties properties = new Properties();
		if (Files.isRegularFile(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

	private static List<Path> templates(String theme) {
		try (Stream<Path> files = Files.walk(THEMES.resolve(theme).resolve("templates"))) {
			return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
