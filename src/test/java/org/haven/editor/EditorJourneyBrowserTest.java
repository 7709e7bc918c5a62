package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.haven.content.Slugs;
import org.haven.support.Browser;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an editor does, in a real headless Chromium: sign in, write an article with a table, preview it, save,
 * publish, then find it on the public site, in its category and under its tag.
 */
@EditorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorJourneyBrowserTest {

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@BeforeAll
	void startBrowser() {
		browser = Browser.start(1400, 1000);
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anEditorWritesPreviewsAndPublishesAnArticleThatReadersThenFind() {
		String unique = Drafts.uniqueSlug("x").replace("-", " ");
		String title = "Sleep diary basics " + unique;
		String tag = "Sleep diary " + unique;

		signIn();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");

		browser.findElement(By.linkText("New article")).click();
		browser.findElement(By.id("field-title")).sendKeys(title);
		assertThat(browser.findElement(By.id("field-slug")).getDomProperty("value"))
			.isEqualTo(Slugs.of(title));
		browser.findElement(By.id("field-summary")).sendKeys("A simple way to notice what helps you sleep.");
		new Select(browser.findElement(By.id("field-category"))).selectByVisibleText("Anxiety");
		browser.findElement(By.id("field-tags")).sendKeys(tag + ", Sleep");
		browser.findElement(By.id("field-body"))
			.sendKeys("Keep a diary for two weeks.\n\n| Night | Hours |\n| --- | --- |\n| Monday | 6 |\n");

		WebElement live = new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#live-preview table")));
		assertThat(live.getText()).contains("Monday");

		String editor = browser.getWindowHandle();
		browser.findElement(By.id("preview-button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() == 2);
		String previewWindow = browser.getWindowHandles().stream().filter(h -> !h.equals(editor)).findFirst().get();
		browser.switchTo().window(previewWindow);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(browser.findElement(By.cssSelector(".prose table")).getText()).contains("Night", "Monday");
		assertThat(browser.findElements(By.cssSelector("link[href*='/themes/calm/css/calm.']"))).isNotEmpty();
		browser.close();
		browser.switchTo().window(editor);

		browser.findElement(By.cssSelector("button[value=save]")).click();
		assertThat(outcome()).isEqualTo("Draft saved.");
		browser.findElement(By.cssSelector("button[value=publish]")).click();
		assertThat(outcome()).isEqualTo("Published.");

		String slug = Slugs.of(title);
		browser.findElement(By.linkText("View on the site")).click();
		assertThat(browser.getCurrentUrl()).endsWith("/articles/" + slug);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(browser.findElement(By.cssSelector(".prose table")).getText()).contains("Monday");

		browser.get(url("/categories/anxiety"));
		assertThat(browser.findElements(By.linkText(title))).isNotEmpty();
		browser.get(url("/tags/" + Slugs.of(tag)));
		assertThat(browser.findElements(By.linkText(title))).isNotEmpty();
	}

	@Test
	void textThatWasNeverSavedIsOfferedBackAfterLeavingThePage() {
		signIn();
		browser.get(url("/admin/articles/new"));
		browser.findElement(By.id("field-title")).sendKeys("Words I must not lose");
		browser.findElement(By.id("field-body")).sendKeys("A paragraph typed before the session expired.");
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> d.findElements(By.cssSelector("#live-preview:not([hidden])")).size() == 1);

		browser.get(url("/admin/articles/new"));
		browser.findElement(By.id("restore-local-copy")).click();

		assertThat(browser.findElement(By.id("field-title")).getDomProperty("value")).isEqualTo("Words I must not lose");
		assertThat(browser.findElement(By.id("field-body")).getDomProperty("value"))
			.isEqualTo("A paragraph typed before the session expired.");
	}

	private void signIn() {
		browser.get(url("/admin"));
		if (browser.getCurrentUrl().endsWith("/login")) {
			browser.findElement(By.id("field-email")).sendKeys(EditorIntegrationTest.ADMIN_EMAIL);
			browser.findElement(By.id("field-password")).sendKeys(EditorIntegrationTest.ADMIN_PASSWORD);
			browser.findElement(By.cssSelector("main button[type=submit]")).click();
		}
	}

	/** The notice after a save, or the error summary if there is one (so a failure says why). */
	private String outcome() {
		return new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
			var found = d.findElements(By.cssSelector(".notice, #error-summary"));
			return found.isEmpty() ? null : found.get(0).getText();
		});
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
