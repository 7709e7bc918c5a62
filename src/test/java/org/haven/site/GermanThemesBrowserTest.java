package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.haven.support.Axe;
import org.haven.support.GermanSiteIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * Both shipped themes in German ({@code haven.site.locale=de-DE}) in headless Chromium:
 * home, a list, a crisis-topic article, {@code /help} and a 404 have no axe-core
 * violations of any impact, and speak German.
 */
@GermanSiteIntegrationTest
class GermanThemesBrowserTest extends ThemesInABrowser {

	static Stream<Arguments> pages() {
		return Stream.of("calm", "magazine")
			.flatMap(theme -> GermanPagesIntegrationTest.PAGES.stream().map(path -> Arguments.of(theme, path)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("pages")
	void axeFindsNoViolationsInGerman(String theme, String path) {
		themes.activate(theme);
		browser.get(url(path));

		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("de-DE");
		assertThat(browser.findElement(By.cssSelector("body > footer")).getText()).contains("TelefonSeelsorge")
			.doesNotContain("Skip to content");
		Axe.assertNoViolations(browser, path + " in " + theme);
	}

}
