package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.haven.support.Axe;
import org.haven.support.Browser;
import org.haven.support.GermanSiteIntegrationTest;
import org.haven.theme.ThemeProperties;
import org.haven.theme.ThemeRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Both shipped themes in German ({@code haven.site.locale=de-DE}) in headless Chromium:
 * home, a list, a crisis-topic article, {@code /help} and a 404 have no axe-core
 * violations of any impact, and speak German.
 */
@GermanSiteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GermanThemesBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	ThemeRegistry themes;

	ChromeDriver browser;

	@BeforeAll
	void startBrowser() {
		browser = Browser.start(1280, 900);
	}

	@AfterAll
	void stopBrowser() {
		themes.activate(ThemeProperties.DEFAULT_THEME);
		if (browser != null) {
			browser.quit();
		}
	}

	static Stream<Arguments> pages() {
		return Stream.of("calm", "magazine")
			.flatMap(theme -> GermanPagesIntegrationTest.PAGES.stream().map(path -> Arguments.of(theme, path)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("pages")
	void axeFindsNoViolationsInGerman(String theme, String path) {
		themes.activate(theme);
		browser.get("http://localhost:" + port + path);

		List<String> violations = Axe.violations(browser);

		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("de-DE");
		assertThat(browser.findElement(By.cssSelector("body > footer")).getText()).contains("TelefonSeelsorge")
			.doesNotContain("Skip to content");
		assertThat(violations).as("axe-core violations on %s in %s:%n%s", path, theme, String.join("\n", violations))
			.isEmpty();
	}

}
