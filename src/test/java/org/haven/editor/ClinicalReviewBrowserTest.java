package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.haven.content.Slugs;
import org.haven.support.Browser;
import org.haven.support.MarkdownText;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.Notices;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clinical governance as people click through it, in headless Chromium: a writer submits
 * an article that says "committed suicide" and sees the finding in the live preview; a
 * reviewer, landing on the review queue, acknowledges it with a reason and signs off; an
 * editor publishes; readers see the review line and the content note before the body.
 */
@EditorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicalReviewBrowserTest {

	static final String WRITER = "writer-browser@haven.test";

	static final String REVIEWER = "reviewer-browser@haven.test";

	static final String PASSWORD = "a long and careful passphrase";

	@LocalServerPort
	int port;

	@Autowired
	EditorAccounts accounts;

	ChromeDriver browser;

	@BeforeAll
	void startBrowserAndCreateAccounts() {
		accounts.create(WRITER, "Wren Writer", PASSWORD, Role.AUTHOR);
		accounts.create(REVIEWER, "Sam Reyes", PASSWORD, Role.REVIEWER);
		accounts.update(REVIEWER, Role.REVIEWER, true, "sam-reyes", EditorIntegrationTest.ADMIN_EMAIL);
		browser = Browser.start(1400, 1000);
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aFindingIsAcknowledgedTheArticleSignedOffPublishedAndShownWithItsReviewAndNote() {
		String title = "Supporting a friend after a loss " + Long.toString(System.nanoTime() % 1_000_000L, 36);
		String slug = Slugs.of(title);

		signIn(WRITER);
		browser.get(url("/admin/articles/new"));
		browser.findElement(By.id("field-title")).sendKeys(title);
		browser.findElement(By.id("field-summary")).sendKeys("Being there for someone who is grieving.");
		new Select(browser.findElement(By.id("field-category"))).selectByValue("relationships");
		browser.findElement(By.id("field-tags")).sendKeys("Grief, Crisis support");
		check(browser.findElement(By.id("field-contentNotes-suicide")));
		browser.findElement(By.id("field-contentWarning")).sendKeys("This article mentions a death by suicide.");
		MarkdownText.editor(browser)
			.sendKeys("Her report quoted a phrase we no longer use: the man committed suicide.\n\n"
					+ "If you are struggling, [find help now](/help) or call a crisis line.\n");
		WebElement finding = new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#live-preview .preview-findings")));
		assertThat(finding.getText()).contains("line 1, column", "committed suicide", "died by suicide");
		assertThat(submit("button[value=save]")).isEqualTo("Draft saved.");
		assertThat(submit("button[value=submit]")).isEqualTo("Submitted for review.");
		signOut();

		signIn(REVIEWER);
		assertThat(browser.getCurrentUrl()).endsWith("/admin/reviews");
		browser.findElement(By.linkText(title)).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/edit"));
		browser.findElement(By.cssSelector(".findings input[name=reason]"))
			.sendKeys("A quotation of an old report, which the article itself corrects.");
		assertThat(submit(".findings button[type=submit]")).startsWith("Acknowledged");
		assertThat(browser.findElement(By.cssSelector(".findings")).getText()).contains("Acknowledged by " + REVIEWER);
		browser.findElement(By.id("field-review-comment")).sendKeys("Accurate, kind and safe.");
		assertThat(submit(".sign-off button[value=approve]")).startsWith("Signed off");
		signOut();

		signIn(EditorIntegrationTest.ADMIN_EMAIL);
		browser.get(url("/admin/articles?q=" + slug));
		browser.findElement(By.linkText(title)).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/edit"));
		assertThat(submit("button[value=publish]")).isEqualTo("Published.");

		browser.get(url("/articles/" + slug));
		assertThat(browser.findElement(By.cssSelector(".review")).getText())
			.contains("Clinically reviewed by Sam Reyes");
		WebElement note = browser.findElement(By.cssSelector("aside.content-note"));
		assertThat(note.getText()).contains("Suicide", "This article mentions a death by suicide.");
		Object noteFirst = browser.executeScript(
				"return (arguments[0].compareDocumentPosition(arguments[1]) "
						+ "& Node.DOCUMENT_POSITION_FOLLOWING) !== 0",
				note, browser.findElement(By.cssSelector(".prose")));
		assertThat(noteFirst).as("the note comes before the body").isEqualTo(true);
	}

	private void check(WebElement box) {
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
		if (!box.isSelected()) {
			box.click();
		}
	}

	private void signIn(String email) {
		browser.get(url("/login"));
		browser.findElement(By.id("field-email")).sendKeys(email);
		browser.findElement(By.id("field-password"))
			.sendKeys(
					email.equals(EditorIntegrationTest.ADMIN_EMAIL) ? EditorIntegrationTest.ADMIN_PASSWORD : PASSWORD);
		browser.findElement(By.cssSelector("main button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(d -> !d.getCurrentUrl().endsWith("/login") && !d.findElements(By.tagName("h1")).isEmpty());
	}

	private void signOut() {
		browser.manage().deleteAllCookies();
	}

	private String submit(String buttonSelector) {
		return Notices.afterClicking(browser, buttonSelector);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
