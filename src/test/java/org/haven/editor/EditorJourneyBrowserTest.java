package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.haven.content.Slugs;
import org.haven.editor.media.TestImages;
import org.haven.support.Browser;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.Http;
import org.haven.support.MarkdownText;
import org.haven.support.Notices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an editor does, in a real headless Chromium: sign in, write an article with a
 * table and an uploaded photo, preview it, save, publish, then find it on the public site
 * (with a responsive copy of the photo), in its category, under its tag, in search, in
 * the site and tag feeds, and as related reading of the article sharing its rarest tag.
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

	/**
	 * The new article's tags: its rarest, "Resilience", is on exactly one sample article
	 * (self-compassion-practice, in Personal growth), which should then suggest the new
	 * article as related reading.
	 */
	static final String RAREST_TAG = "Resilience";

	static final String SHARES_RAREST_TAG = "self-compassion-practice";

	@Test
	void anEditorWritesPreviewsAndPublishesAnArticleThatReadersThenFind(@TempDir Path files) throws Exception {
		String marker = "lanternwick" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("[0-9]", "q");
		String title = "A steadier evening routine " + marker;
		Path photo = files.resolve("Reading Lamp.jpg");
		Files.write(photo, TestImages.image("jpg", 1600, 900));

		signIn();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");

		browser.findElement(By.linkText("New article")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/admin/articles/new"));
		browser.findElement(By.id("field-title")).sendKeys(title);
		assertThat(browser.findElement(By.id("field-slug")).getDomProperty("value")).isEqualTo(Slugs.of(title));
		browser.findElement(By.id("field-summary")).sendKeys("Small, repeatable steps that help the day wind down.");
		new Select(browser.findElement(By.id("field-category"))).selectByValue("growth");
		browser.findElement(By.id("field-tags")).sendKeys(RAREST_TAG + ", Habits");
		WebElement body = MarkdownText.editor(browser);
		body.sendKeys("Keep a short " + marker
				+ " diary for two weeks.\n\n| Night | Hours |\n| --- | --- |\n| Monday | 6 |\n");

		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#live-preview table")));

		// upload a photo from inside the editor, describe it, and insert it at the end of
		// the text
		WebElement imagePanel = browser.findElement(By.cssSelector("#image-insert summary"));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", imagePanel);
		imagePanel.click();
		browser.findElement(By.id("insert-image-upload")).sendKeys(photo.toAbsolutePath().toString());
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.id("insert-image-status"), "Uploaded reading-lamp.jpg"));
		browser.findElement(By.id("insert-image-button")).click();
		assertThat(browser.findElement(By.id("insert-image-status")).getText())
			.startsWith("Describe what the image shows");
		browser.findElement(By.id("insert-image-alt")).sendKeys("A reading lamp beside an open notebook");
		browser.findElement(By.id("insert-image-button")).click();
		assertThat(MarkdownText.value(browser))
			.endsWith("| Monday | 6 |\n\n![A reading lamp beside an open notebook](/media/reading-lamp.jpg)");

		WebElement live = new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#live-preview img[srcset]")));
		assertThat(live.getDomAttribute("alt")).isEqualTo("A reading lamp beside an open notebook");
		assertThat(browser.findElement(By.cssSelector("#live-preview table")).getText()).contains("Monday");

		String editor = browser.getWindowHandle();
		browser.findElement(By.id("preview-button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() == 2);
		String previewWindow = browser.getWindowHandles().stream().filter(h -> !h.equals(editor)).findFirst().get();
		browser.switchTo().window(previewWindow);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(browser.findElement(By.cssSelector(".prose table")).getText()).contains("Night", "Monday");
		assertThat(browser.findElements(By.cssSelector(".prose img[srcset]"))).hasSize(1);
		assertThat(browser.findElements(By.cssSelector("link[href*='/themes/calm/css/calm.']"))).isNotEmpty();
		browser.close();
		browser.switchTo().window(editor);

		assertThat(submit("button[value=save]")).isEqualTo("Draft saved.");
		assertThat(submit("button[value=publish]")).isEqualTo("Published.");

		String slug = Slugs.of(title);
		browser.findElement(By.linkText("View on the site")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/articles/" + slug));
		assertThat(browser.getCurrentUrl()).endsWith("/articles/" + slug);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(browser.findElement(By.cssSelector(".prose table")).getText()).contains("Monday");
		assertThat(loadedImageSource(browser.findElement(By.cssSelector(".prose img"))))
			.as("the copy the browser chose")
			.matches(".*/media/[0-9]+w/reading-lamp\\.jpg");

		browser.get(url("/categories/growth"));
		assertThat(browser.findElements(By.linkText(title))).isNotEmpty();
		browser.get(url("/tags/" + Slugs.of(RAREST_TAG)));
		assertThat(browser.findElements(By.linkText(title))).isNotEmpty();

		browser.get(url("/"));
		WebElement search = browser.findElement(By.id("site-search-q"));
		search.sendKeys(marker);
		search.submit();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/search?"));
		assertThat(browser.findElements(By.linkText(title))).as("search results for " + marker).isNotEmpty();

		browser.get(url("/articles/" + SHARES_RAREST_TAG));
		assertThat(browser.findElement(By.cssSelector("section.related")).findElements(By.linkText(title)))
			.as("related reading of the sample article that shares the rarest tag")
			.isNotEmpty();

		assertThat(feedLinkPaths("/feed.xml")).contains("/articles/" + slug);
		assertThat(feedLinkPaths("/tags/" + Slugs.of(RAREST_TAG) + "/atom.xml")).contains("/articles/" + slug);
	}

	@Test
	void textThatWasNeverSavedIsOfferedBackAfterLeavingThePage() {
		signIn();
		browser.get(url("/admin/articles/new"));
		browser.findElement(By.id("field-title")).sendKeys("Words I must not lose");
		MarkdownText.editor(browser).sendKeys("A paragraph typed before the session expired.");
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> d.findElements(By.cssSelector("#live-preview:not([hidden])")).size() == 1);

		browser.get(url("/admin/articles/new"));
		browser.findElement(By.id("restore-local-copy")).click();

		assertThat(browser.findElement(By.id("field-title")).getDomProperty("value"))
			.isEqualTo("Words I must not lose");
		assertThat(MarkdownText.value(browser)).isEqualTo("A paragraph typed before the session expired.");
	}

	private void signIn() {
		browser.get(url("/admin"));
		if (browser.getCurrentUrl().endsWith("/login")) {
			browser.findElement(By.id("field-email")).sendKeys(EditorIntegrationTest.ADMIN_EMAIL);
			browser.findElement(By.id("field-password")).sendKeys(EditorIntegrationTest.ADMIN_PASSWORD);
			browser.findElement(By.cssSelector("main button[type=submit]")).click();
		}
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(d -> !d.getCurrentUrl().endsWith("/login") && !d.findElements(By.tagName("h1")).isEmpty());
	}

	/**
	 * Scrolls a lazily loaded image into view, waits for it, and returns the URL the
	 * browser actually loaded.
	 */
	private String loadedImageSource(WebElement image) {
		browser.executeScript("arguments[0].scrollIntoView()", image);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE
			.equals(browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image)));
		return (String) browser.executeScript("return arguments[0].currentSrc", image);
	}

	/**
	 * The paths of a feed's entry links, read the way a feed reader does (fetched and
	 * parsed). The links themselves are absolute, on the configured site address rather
	 * than this test server's port.
	 */
	private List<String> feedLinkPaths(String path) throws Exception {
		HttpResponse<String> response = Http.get(port, path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
		return feed.getEntries().stream().map(entry -> URI.create(entry.getLink()).getPath()).toList();
	}

	private String submit(String buttonSelector) {
		return Notices.afterClicking(browser, buttonSelector);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
