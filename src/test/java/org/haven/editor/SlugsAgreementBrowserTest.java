package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.content.Slugs;
import org.haven.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The editor suggests an article's or a category's slug in the browser
 * ({@code admin-assets/slug.js}); the server makes the same slug with {@link Slugs#of}.
 * Both get the same names here, the script in headless Chromium.
 */
class SlugsAgreementBrowserTest {

	static final List<String> NAMES = List.of("Coping with worry", "Self-compassion & CBT", "  Café Thérapie  ",
			"Straße", "STRASSE und Maß", "Æble, Øl og Åbo", "Łódź i Wrocław", "cœur Œuvre", "Đorđe Ðan", "Þórður",
			"İstanbul ılık", "Ħamrun", "naïve résumé façade", "Ångström ½ ﬁne ①", "What's next? (Part 2)",
			"multiple   spaces\tand\ttabs", "--leading and trailing--", "-", "!!!", "", "2026: a year", "焦虑", "тревога",
			"Тревога и сон", "قلق", "Άγχος", "चिंता", "焦虑 2024", "Ärger über Übungen");

	static ChromeDriver browser;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start(800, 600);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theEditorsSlugSuggestionsAreTheServersSlugs() throws IOException {
		browser.get("about:blank");
		browser.executeScript(script("admin-assets/slug.js"));

		@SuppressWarnings("unchecked")
		List<String> inBrowser = (List<String>) browser.executeScript("return arguments[0].map(window.havenSlug)",
				NAMES);

		Map<String, String> browserSlugs = new LinkedHashMap<>();
		Map<String, String> serverSlugs = new LinkedHashMap<>();
		for (int i = 0; i < NAMES.size(); i++) {
			browserSlugs.put(NAMES.get(i), inBrowser.get(i));
			serverSlugs.put(NAMES.get(i), Slugs.of(NAMES.get(i)));
		}
		assertThat(browserSlugs).isEqualTo(serverSlugs);
		assertThat(serverSlugs).containsEntry("Straße", "strasse").containsEntry("Łódź i Wrocław", "lodz-i-wroclaw");
	}

	private static String script(String resource) throws IOException {
		try (InputStream in = SlugsAgreementBrowserTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
