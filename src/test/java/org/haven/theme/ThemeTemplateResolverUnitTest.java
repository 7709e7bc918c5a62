package org.haven.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.haven.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Template look-up through the active theme's chain: never outside the theme folders, and
 * live edits in dev mode.
 */
class ThemeTemplateResolverUnitTest {

	static TemplateEngine engine(Path dir, String active, boolean cache) {
		ThemeRegistry registry = new ThemeRegistry(new ThemeProperties(dir, active, cache, Map.of(), null), e -> {
		});
		TemplateEngine engine = new org.thymeleaf.spring6.SpringTemplateEngine();
		engine.setTemplateResolver(new ThemeTemplateResolver(registry, cache));
		return engine;
	}

	@ParameterizedTest
	@ValueSource(strings = { "../../pom", "../calm/theme", "../../../../../../etc/hostname", "/etc/hostname",
			"..\\..\\pom", "templates/../../theme", "fragments/../../../calm/theme" })
	void viewNamesNeverResolveOutsideTheThemesTemplates(String view) {
		ThemeRegistry registry = new ThemeRegistry(
				new ThemeProperties(ThemeRegistryUnitTest.FIXTURES, "child", true, Map.of(), null), e -> {
				});

		assertThat(new ThemeTemplateResolver(registry, true).resolveTemplate(null, null, view, Map.of())).isNull();
	}

	@Test
	void aChildThemeRendersItsOwnTemplatesAndItsParentsForTheRest() {
		TemplateEngine engine = engine(ThemeRegistryUnitTest.FIXTURES, "child", true);

		assertThat(engine.process("index", new Context())).contains("child index");
		assertThat(engine.process("article", new Context())).contains("calm article");
	}

	@Test
	void withCachingOffAnEditedTemplateShowsOnTheNextRender(@TempDir Path dir) throws Exception {
		Fixtures.copy(ThemeRegistryUnitTest.FIXTURES.resolve("calm"), dir.resolve("calm"));
		TemplateEngine engine = engine(dir, "calm", false);
		assertThat(engine.process("index", new Context())).contains("calm index");

		Path index = dir.resolve("calm/templates/index.html");
		Files.writeString(index, Files.readString(index).replace("calm index", "edited index"));

		assertThat(engine.process("index", new Context())).contains("edited index");
	}

	@Test
	void withCachingOnTemplatesAreParsedOnce(@TempDir Path dir) throws Exception {
		Fixtures.copy(ThemeRegistryUnitTest.FIXTURES.resolve("calm"), dir.resolve("calm"));
		TemplateEngine engine = engine(dir, "calm", true);
		assertThat(engine.process("index", new Context())).contains("calm index");

		Path index = dir.resolve("calm/templates/index.html");
		Files.writeString(index, Files.readString(index).replace("calm index", "edited index"));

		assertThat(engine.process("index", new Context())).contains("calm index");
		engine.clearTemplateCache();
		assertThat(engine.process("index", new Context())).contains("edited index");
	}

}
