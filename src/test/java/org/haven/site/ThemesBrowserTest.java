package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.haven.support.Axe;
import org.haven.support.SiteIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Both shipped themes in a real headless Chromium: switched at run time, screenshot at
 * phone and desktop widths (into {@code target/screenshots}, or
 * {@code -Dhaven.screenshots.dir=docs/screenshots} to refresh the README's), and checked
 * with axe-core for WCAG 2.x A/AA and best-practice violations of any impact in light and
 * dark colour schemes.
 */
@SiteIntegrationTest
class ThemesBrowserTest extends ThemesInABrowser {

	static final List<String> THEMES = List.of("calm", "magazine");

	static final Map<String, String> SCREENSHOT_PAGES = Map.of("home", "/", "article",
			"/articles/first-therapy-session");

	static final Map<String, Dimension> SIZES = Map.of("mobile", new Dimension(390, 844), "desktop",
			new Dimension(1280, 900));

	static final int MAX_SCREENSHOT_HEIGHT = 1800;

	static Stream<Arguments> screenshots() {
		return THEMES.stream()
			.flatMap(theme -> SIZES.keySet()
				.stream()
				.sorted()
				.flatMap(size -> SCREENSHOT_PAGES.keySet()
					.stream()
					.sorted()
					.map(page -> Arguments.of(theme, size, page))));
	}

	static Stream<Arguments> accessibilityChecks() {
		return THEMES.stream()
			.flatMap(theme -> Stream.of("light", "dark")
				.flatMap(scheme -> Stream
					.of("/", "/categories/anxiety", "/articles/first-therapy-session",
							"/articles/when-thoughts-turn-dark", "/help", "/no-such-page")
					.map(path -> Arguments.of(theme, scheme, path))));
	}

	@ParameterizedTest(name = "{0} {2} at {1} width")
	@MethodSource("screenshots")
	void switchesThemesAndTakesAScreenshot(String theme, String size, String page) throws IOException {
		themes.activate(theme);
		browser.manage().window().setSize(SIZES.get(size));
		emulateColourScheme("light");
		browser.get(url(SCREENSHOT_PAGES.get(page)));

		assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
		assertThat(browser.findElement(By.cssSelector("link[rel=stylesheet]:last-of-type")).getDomAttribute("href"))
			.startsWith("/themes/" + theme + "/css/" + theme + ".");

		Path file = screenshotDir().resolve(theme + "-" + page + "-" + size + ".png");
		Files.write(file, fullPage(SIZES.get(size).getWidth()));
		assertThat(Files.size(file)).isPositive();
	}

	@ParameterizedTest(name = "{0} {2} ({1})")
	@MethodSource("accessibilityChecks")
	void axeFindsNoViolations(String theme, String scheme, String path) {
		themes.activate(theme);
		browser.manage().window().setSize(SIZES.get("desktop"));
		emulateColourScheme(scheme);
		browser.get(url(path));

		Axe.assertNoViolations(browser, path + " in " + theme + " (" + scheme + ")");
	}

	@Test
	void quickExitLeavesWithoutAddingToTheHistoryAndPassesAxe() {
		themes.activate("calm");
		themes.chooseSettings(Map.of("quick_exit", "true", "quick_exit_url", "https://localhost:1/neutral"));
		try {
			emulateColourScheme("light");
			browser.get(url("/"));
			browser.get(url("/articles/first-therapy-session"));
			WebElement exit = browser.findElement(By.cssSelector("a.quick-exit"));
			assertThat(exit.isDisplayed()).isTrue();
			assertThat(exit.getText()).isEqualTo("Leave this site");
			assertThat(Axe.violations(browser)).isEmpty();
			long before = ((Number) browser.executeScript("return history.length")).longValue();

			exit.click();

			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until(driver -> driver.getCurrentUrl().startsWith("https://localhost:1/"));
			assertThat(((Number) browser.executeScript("return history.length")).longValue()).isEqualTo(before);
		}
		finally {
			themes.chooseSettings(Map.of());
		}
	}

	private void emulateColourScheme(String scheme) {
		browser.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	/**
	 * The page from the top, as tall as its content up to {@link #MAX_SCREENSHOT_HEIGHT}.
	 */
	private byte[] fullPage(int width) {
		Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
		int clipped = Math.min(height.intValue(), MAX_SCREENSHOT_HEIGHT);
		Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip",
						Map.of("x", 0, "y", 0, "width", width, "height", clipped, "scale", 1)));
		return Base64.getDecoder().decode((String) shot.get("data"));
	}

	private static Path screenshotDir() {
		Path dir = Path.of(System.getProperty("haven.screenshots.dir", "target/screenshots"));
		try {
			return Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
