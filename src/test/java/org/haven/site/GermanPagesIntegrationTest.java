package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.haven.support.GermanSiteIntegrationTest;
import org.haven.support.Http;
import org.haven.theme.ThemeProperties;
import org.haven.theme.ThemeRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With {@code haven.site.locale=de-DE} the site speaks German: {@code <html lang>}, the
 * theme's words from its German bundle, and a child theme's words over its parent's.
 */
@GermanSiteIntegrationTest
class GermanPagesIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ThemeRegistry themes;

	@AfterEach
	void restoreTheDefaultTheme() {
		themes.activate(ThemeProperties.DEFAULT_THEME);
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
