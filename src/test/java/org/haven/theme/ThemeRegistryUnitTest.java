package org.haven.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.haven.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme engine against on-disk fixture themes, good and broken; no Spring. */
class ThemeRegistryUnitTest {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures/themes");

	final List<Object> events = new ArrayList<>();

	ThemeRegistry registry(String active) {
		return registry(FIXTURES, active, Map.of());
	}

	ThemeRegistry registry(Path dir, String active, Map<String, String> settings) {
		return new ThemeRegistry(new ThemeProperties(dir, active, true, settings, null), events::add);
	}

	@Test
	void loadsGoodThemesAndReportsEachBrokenOneByThemeAndFile() {
		ThemeRegistry registry = registry("calm");

		assertThat(registry.themes()).containsOnlyKeys("calm", "child");
		assertThat(registry.problems()).hasSize(9);
	}

	@Test
	void aMissingManifestNamesTheThemeAndFile() {
		assertThat(registry("calm").problems())
			.anySatisfy(p -> assertThat(p).startsWith("theme 'no-manifest', theme.yaml: missing"));
	}

	@Test
	void anInvalidManifestNamesTheThemeFileAndLine() {
		assertThat(registry("calm").problems())
			.anySatisfy(p -> assertThat(p).startsWith("theme 'broken-manifest', theme.yaml: cannot be read at line 3"));
	}

	@Test
	void aManifestNameMustMatchItsFolder() {
		assertThat(registry("calm").problems()).anySatisfy(p -> assertThat(p)
			.startsWith("theme 'wrong-name', theme.yaml: name 'something-else' must match the folder name"));
	}

	@Test
	void aMissingRequiredTemplateNamesTheThemeAndTemplate() {
		assertThat(registry("calm").problems()).anySatisfy(p -> assertThat(p)
			.startsWith("theme 'missing-template', templates/article.html: required template is missing"));
	}

	@Test
	void anUnknownParentNamesTheThemeAndParent() {
		assertThat(registry("calm").problems())
			.contains("theme 'unknown-parent', theme.yaml: extends 'nowhere', but there is no such theme");
	}

	@Test
	void aCycleOfExtendsIsReportedForEachThemeInIt() {
		assertThat(registry("calm").problems()).contains(
				"theme 'cycle-a', theme.yaml: 'extends' makes a cycle: cycle-a -> cycle-b -> cycle-a",
				"theme 'cycle-b', theme.yaml: 'extends' makes a cycle: cycle-b -> cycle-a -> cycle-b");
	}

	@Test
	void anExpressionThatDoesNotParseNamesTheThemeFileAndLine() {
		assertThat(registry("calm").problems()).anySatisfy(p -> assertThat(p)
			.startsWith("theme 'bad-syntax', templates/article.html: line 6: th:text=\"${page.article.card.title\""));
	}

	@Test
	void malformedMarkupNamesTheThemeFileAndLine() {
		assertThat(registry("calm").problems())
			.anySatisfy(p -> assertThat(p).startsWith("theme 'bad-markup', templates/page.html: line 5")
				.containsIgnoringCase("class"));
	}

	@Test
	void aBrokenActiveThemeFallsBackToTheDefault() {
		ThemeRegistry registry = registry("bad-syntax");

		assertThat(registry.active().name()).isEqualTo("calm");
		assertThat(registry.wanted()).isEqualTo("bad-syntax");
	}

	@Test
	void aChildThemeLooksUpTemplatesAndAssetsThroughItsParent() {
		Theme child = registry("child").active();

		assertThat(child.chain()).hasSize(2);
		assertThat(ThemeFiles.find(child, "templates", "index.html")).get().asString().contains("child");
		assertThat(ThemeFiles.find(child, "templates", "article.html")).get().asString().contains("calm");
		assertThat(ThemeFiles.find(child, "static", "css/calm.css")).get().asString().contains("calm");
		assertThat(ThemeFiles.find(child, "static", "css/child.css")).isPresent();
	}

	@Test
	void settingsComeFromTheParentThenTheThemeThenConfiguration() {
		ThemeRegistry registry = registry(FIXTURES, "child", Map.of("density", "airy"));

		assertThat(registry.settings()).containsEntry("accent", "#000000")
			.containsEntry("show_reading_time", "true")
			.containsEntry("density", "airy");
	}

	@Test
	void settingsReachTemplatesTyped() {
		ThemeRegistry registry = registry(Path.of("themes"), "magazine", Map.of("tagline", "Read slowly"));

		assertThat(registry.typedSettings()).containsEntry("accent", new ThemeColor("#a4161a"))
			.containsEntry("show_reading_time", true)
			.containsEntry("home_featured_count", 3)
			.containsEntry("sidebar_latest_count", 6)
			.containsEntry("show_feed_links", true)
			.containsEntry("tagline", "Read slowly");
	}

	@Test
	void aValueThatDoesNotFitItsTypeGivesTemplatesTheDefault() {
		ThemeRegistry registry = registry(Path.of("themes"), "calm",
				Map.of("accent", "red", "home_featured_count", "-1"));
		registry.chooseSettings(Map.of("show_reading_time", "maybe"));

		assertThat(registry.typedSettings()).containsEntry("accent", new ThemeColor("#2f6f62"))
			.containsEntry("home_featured_count", 3)
			.containsEntry("show_reading_time", true);
	}

	@Test
	void aSettingAChildRedeclaresWithoutATypeKeepsItsParentsType() {
		ThemeRegistry registry = registry(FIXTURES, "child", Map.of());

		assertThat(registry.declaredSettings().get("accent").type()).isEqualTo("color");
		assertThat(registry.typedSettings()).containsEntry("accent", new ThemeColor("#000000"))
			.containsEntry("density", "compact");
	}

	@Test
	void aDefaultThatDoesNotFitItsTypeKeepsTheThemeFromLoading(@TempDir Path dir) throws Exception {
		Fixtures.copy(FIXTURES.resolve("calm"), dir.resolve("calm"));
		Files.createDirectories(dir.resolve("bad-default"));
		Files.writeString(dir.resolve("bad-default/theme.yaml"), """
				name: bad-default
				extends: calm
				settings:
				  accent: red
				  count:
				    default: "100"
				    type: number
				    max: 99
				""");

		ThemeRegistry registry = registry(dir, "calm", Map.of());

		assertThat(registry.themes()).doesNotContainKey("bad-default");
		assertThat(registry.problems()).containsExactly("theme 'bad-default', theme.yaml: setting 'accent': the "
				+ "default 'red' will not do. Give a colour as # and six hexadecimal digits, for example #2f6f62.");
	}

	@Test
	void chosenSettingsWinAndOnlyAChangeOfThemIsAnnounced() {
		ThemeRegistry registry = registry(FIXTURES, "child", Map.of("density", "airy"));

		registry.chooseSettings(Map.of());
		registry.chooseSettings(Map.of("accent", "#123456"));
		registry.chooseSettings(Map.of("accent", "#123456"));

		assertThat(registry.settings()).containsEntry("accent", "#123456").containsEntry("density", "airy");
		assertThat(events).containsExactly(new ThemeChanged("child"));
	}

	@Test
	void activatingPublishesThemeChangedOnlyOnAChange() {
		ThemeRegistry registry = registry("calm");

		registry.activate("calm");
		registry.activate("child");

		assertThat(events).containsExactly(new ThemeChanged("child"));
		assertThat(registry.active().name()).isEqualTo("child");
	}

	@Test
	void activatingABrokenThemeIsRefusedWithItsProblem() {
		ThemeRegistry registry = registry("calm");

		assertThatThrownBy(() -> registry.activate("unknown-parent")).isInstanceOf(ThemeException.class)
			.hasMessageContaining("extends 'nowhere'");
		assertThatThrownBy(() -> registry.activate("nope")).hasMessageContaining("no such theme");
		assertThat(registry.active().name()).isEqualTo("calm");
	}

	@Test
	void withoutAUsableDefaultThemeNothingCanBeShown(@TempDir Path empty) {
		assertThatThrownBy(() -> registry(empty, "calm", Map.of())).isInstanceOf(ThemeException.class)
			.hasMessageContaining("default theme is missing");
	}

	@Test
	void reloadPicksUpAThemeDroppedIntoTheFolder(@TempDir Path dir) throws Exception {
		Fixtures.copy(FIXTURES.resolve("calm"), dir.resolve("calm"));
		ThemeRegistry registry = registry(dir, "calm", Map.of());
		assertThat(registry.themes()).containsOnlyKeys("calm");

		Fixtures.copy(FIXTURES.resolve("child"), dir.resolve("child"));
		registry.reload();

		assertThat(registry.themes()).containsOnlyKeys("calm", "child");
		assertThat(events).contains(new ThemeChanged("calm"));
	}

	@Test
	void shippedThemesMissingFromTheFolderAreUnpackedAndLoaded(@TempDir Path dir, @TempDir Path shipped) {
		ThemeRegistry registry = new ThemeRegistry(
				new ThemeProperties(dir.resolve("absent"), "magazine", true, Map.of(), shipped), events::add);

		assertThat(registry.themes()).containsKeys("calm", "magazine");
		assertThat(registry.active().name()).isEqualTo("magazine");
		assertThat(registry.active().root()).startsWith(shipped.toAbsolutePath());
		assertThat(Files.isRegularFile(shipped.resolve("calm/templates/layout.html"))).isTrue();
		assertThat(registry.problems()).isEmpty();
	}

	@Test
	void aThemeInTheFolderWinsOverTheShippedOne(@TempDir Path shipped) {
		ThemeRegistry registry = new ThemeRegistry(new ThemeProperties(FIXTURES, "calm", true, Map.of(), shipped),
				events::add);

		assertThat(registry.theme("calm")).get().extracting(Theme::title).isEqualTo("Calm (test)");
		assertThat(registry.theme("magazine")).isPresent();
		assertThat(shipped.resolve("calm")).doesNotExist();
	}

}
