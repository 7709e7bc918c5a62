package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import org.haven.support.GermanSiteIntegrationTest;
import org.haven.support.HtmlChecker;
import org.haven.support.Http;
import org.haven.theme.ThemeProperties;
import org.haven.theme.ThemeRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With {@code haven.site.locale=de-DE} the site speaks German: {@code <html lang>}, the
 * theme's words from its German bundle, and a child theme's words over its parent's.
 */
@GermanSiteIntegrationTest
class GermanPagesIntegrationTest {

	/** Home, a list, a crisis-topic article, the help page and a 404. */
	static final List<String> PAGES = List.of("/", "/categories/anxiety", "/articles/when-thoughts-turn-dark", "/help",
			"/no-such-page");

	@LocalServerPort
	int port;

	@Autowired
	ThemeRegistry themes;

	@AfterEach
	void restoreTheDefaultTheme() {
		themes.activate(ThemeProperties.DEFAULT_THEME);
	}

	static Stream<Arguments> everyPageInBothThemes() {
		return Stream.of("calm", "magazine").flatMap(theme -> PAGES.stream().map(path -> Arguments.of(theme, path)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyPageInBothThemes")
	void everyPageIsValidAndGermanThroughout(String theme, String path) {
		themes.activate(theme);

		HttpResponse<String> response = Http.get(port, path);
		String html = response.body();

		assertThat(response.statusCode()).isEqualTo(path.contains("no-such") ? 404 : 200);
		assertThat(HtmlChecker.errors(html)).as("Nu HTML checker errors on %s in %s", path, theme).isEmpty();
		assertThat(html)
			.contains("<html lang=\"de-DE\"", "Zum Inhalt springen", "TelefonSeelsorge", "href=\"tel:08001110111\"",
					"href=\"tel:112\"")
			.doesNotContain("??", "Skip to content", "min read", "Related reading");
		assertThat(html.substring(html.indexOf("<footer"))).doesNotContain("Samaritans", "116 123");
	}

	@Test
	void theHelpPageListsGermanServicesAndDatesInGerman() {
		String html = Http.get(port, "/help").body();

		assertThat(html).contains("<h1>Jetzt Hilfe finden</h1>", "Hilfe in Deutschland", "Nummer gegen Kummer",
				"rund um die Uhr, jeden Tag", "29. November 2026", "href=\"https://findahelpline.com\"");
	}

	@Test
	void aCrisisTopicArticleShowsTheCrisisBoxAtTheTopInGerman() {
		String html = Http.get(port, "/articles/when-thoughts-turn-dark").body();

		assertThat(html).contains("id=\"crisis-support-top\"", "Min. Lesezeit", "Inhaltshinweis");
		assertThat(html.indexOf("crisis-support-top")).isLessThan(html.indexOf("class=\"prose\""));
	}

	@Test
	void theFeedIsGerman() {
		String feed = Http.get(port, "/feed.xml").body();

		assertThat(feed).contains("<language>de-DE</language>", "Inhaltshinweis: ",
				"erreichen Sie TelefonSeelsorge unter 0800 111 0 111");
	}

	@Test
	void pagesDeclareGermanAndUseTheGermanBundle() {
		HttpResponse<String> response = Http.get(port, "/");

		assertThat(response.body()).contains("<html lang=\"de-DE\"", "Zum Inhalt springen", "Alle Kategorien")
			.doesNotContain("Skip to content", "??");
	}

	@Test
	void aBrowserAskingForEnglishStillGetsTheSitesLanguage() {
		HttpResponse<String> response = Http.get(port, "/about", "Accept-Language", "en-GB,en;q=0.9");

		assertThat(response.body()).contains("<html lang=\"de-DE\"", "Zum Inhalt springen");
	}

	@Test
	void magazineHasItsOwnWordsAndCalmsForTheRest() {
		themes.activate("magazine");

		String html = Http.get(port, "/").body();

		assertThat(html).contains("Titelseite", "Zum Inhalt springen").doesNotContain("Front page", "??");
	}

}
