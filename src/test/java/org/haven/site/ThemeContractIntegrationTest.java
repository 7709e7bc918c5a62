package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.haven.support.HtmlChecker;
import org.haven.support.Http;
import org.haven.support.SiteIntegrationTest;
import org.haven.theme.ThemeProperties;
import org.haven.theme.ThemeRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The theme contract, run against every theme in {@code themes/}: each page kind renders
 * with its real status, passes the Nu HTML checker, has one h1, the head, the skip link,
 * the crisis line and the theme's own stylesheet.
 */
@SiteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThemeContractIntegrationTest {

	static final List<String> PAGES = List.of("/", "/?page=2", "/articles/first-therapy-session",
			"/articles/when-thoughts-turn-dark", "/categories", "/categories/anxiety", "/tags", "/tags/cbt",
			"/authors/maya-okafor", "/archive", "/archive/2026/02", "/about", "/search", "/search?q=panic+attack",
			"/no-such-page", "/articles/no-such-article", "/help");

	@LocalServerPort
	int port;

	@Autowired
	ThemeRegistry themes;

	static List<String> shippedThemes() {
		try (Stream<Path> folders = Files.list(Path.of("themes"))) {
			return folders.filter(f -> Files.isRegularFile(f.resolve("theme.yaml")))
				.map(f -> f.getFileName().toString())
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Stream<Arguments> everyPageInEveryTheme() {
		return shippedThemes().stream().flatMap(theme -> PAGES.stream().map(path -> Arguments.of(theme, path)));
	}

	@AfterAll
	void restoreTheDefaultTheme() {
		themes.activate(ThemeProperties.DEFAULT_THEME);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyPageInEveryTheme")
	void everyPageKindIsCompleteAndValidInEveryTheme(String theme, String path) {
		themes.activate(theme);

		HttpResponse<String> response = Http.get(port, path);
		String html = response.body();

		assertThat(response.statusCode()).as(path).isEqualTo(path.contains("no-such") ? 404 : 200);
		assertThat(HtmlChecker.errors(html)).as("Nu HTML checker errors on %s in %s", path, theme).isEmpty();
		assertThat(ReaderPagesIntegrationTest.count(html, "<h1")).as("one h1 on %s in %s", path, theme).isEqualTo(1);
		assertThat(html).contains("<html lang=\"en-GB\"", "<title>", "<meta name=\"description\"",
				"<link rel=\"canonical\"", "href=\"#main\"", "Skip to content", "id=\"main\"", "href=\"tel:116123\"",
				"href=\"/help\"", "href=\"/themes/" + theme + "/css/" + theme + ".");
		assertThat(html).doesNotContainPattern("\\sth:[a-z-]+=\"").doesNotContain("${", "??");
	}

	@ParameterizedTest
	@MethodSource("shippedThemes")
	void everyShippedThemeLoadsWithoutProblems(String theme) {
		assertThat(themes.theme(theme)).isPresent();
		assertThat(themes.problems()).noneMatch(problem -> problem.startsWith("theme '" + theme + "'"));
	}

}
