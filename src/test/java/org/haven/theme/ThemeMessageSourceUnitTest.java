package org.haven.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.NoSuchMessageException;

/**
 * Theme words come from the active theme's bundles, falling back along its
 * {@code extends} chain and from a regional locale to its language to the default bundle;
 * no Spring context.
 */
class ThemeMessageSourceUnitTest {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures/themes");

	static final Locale GERMAN = Locale.forLanguageTag("de-DE");

	final List<Object> events = new ArrayList<>();

	@Test
	void aThemeOverridesItsParentsWordsAndFallsBackToThemForTheRest() {
		ThemeMessageSource messages = messages(registry("child"));

		assertThat(messages.getMessage("greeting", null, Locale.UK)).isEqualTo("Hi from the child");
		assertThat(messages.getMessage("farewell", null, Locale.UK)).isEqualTo("Goodbye");
	}

	@Test
	void aRegionalLocaleFindsItsLanguageAndAMissingTranslationFallsBackToTheDefaultBundle() {
		ThemeMessageSource messages = messages(registry("child"));

		assertThat(messages.getMessage("greeting", null, GERMAN)).isEqualTo("Grüß Gott vom Kind");
		assertThat(messages.getMessage("farewell", null, GERMAN)).isEqualTo("Auf Wiedersehen");
		assertThat(messages.getMessage("only.english", null, GERMAN)).isEqualTo("Only in English");
	}

	@Test
	void anUnknownKeyIsReportedNotInvented() {
		ThemeMessageSource messages = messages(registry("calm"));

		assertThatThrownBy(() -> messages.getMessage("no.such.key", null, Locale.UK))
			.isInstanceOf(NoSuchMessageException.class);
	}

	@Test
	void switchingThemeSwitchesTheWords() {
		ThemeRegistry registry = registry("calm");
		ThemeMessageSource messages = messages(registry);
		assertThat(messages.getMessage("greeting", null, Locale.UK)).isEqualTo("Hello");

		registry.activate("child");
		messages.on(new ThemeChanged("child"));

		assertThat(messages.getMessage("greeting", null, Locale.UK)).isEqualTo("Hi from the child");
	}

	@Test
	void withoutTheCacheAnEditedBundleShowsOnTheNextLookup(@TempDir Path dir) throws Exception {
		Path theme = dir.resolve("calm");
		Files.createDirectories(theme.resolve("i18n"));
		Files.writeString(theme.resolve("theme.yaml"), "name: calm\ntitle: Calm\nversion: 1.0.0\n");
		copyTemplates(theme);
		Path bundle = theme.resolve("i18n/messages.properties");
		Files.writeString(bundle, "greeting=Before\n");
		ThemeRegistry registry = new ThemeRegistry(new ThemeProperties(dir, "calm", false, Map.of(), null),
				events::add);
		ThemeMessageSource messages = new ThemeMessageSource(registry::active, false);
		assertThat(messages.getMessage("greeting", null, Locale.UK)).isEqualTo("Before");

		Files.writeString(bundle, "greeting=After\n");
		Files.setLastModifiedTime(bundle,
				java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));

		assertThat(messages.getMessage("greeting", null, Locale.UK)).isEqualTo("After");
	}

	private static void copyTemplates(Path theme) throws Exception {
		Path source = FIXTURES.resolve("calm/templates");
		try (var files = Files.walk(source)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = theme.resolve("templates").resolve(source.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
	}

	private ThemeRegistry registry(String active) {
		return new ThemeRegistry(new ThemeProperties(FIXTURES, active, true, Map.of(), null), events::add);
	}

	private static ThemeMessageSource messages(ThemeRegistry registry) {
		return new ThemeMessageSource(registry::active, true);
	}

}
