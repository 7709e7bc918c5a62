package org.haven.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.haven.support.Browser;
import org.haven.support.CommentForms;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.MailIntegrationTest;
import org.haven.support.MutableClock;
import org.haven.support.XssVectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Comments in a real headless Chromium: a reader comments and is told it awaits
 * moderation (and gets no cookie), a moderator approves it in the queue, and it appears
 * with the count; the moderator edits its text, and the new text is on the page and in
 * the article's and the site's comment feeds. Then the OWASP filter-evasion vectors, sent
 * as comments and approved, run no script on the article page.
 */
@MailIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentsBrowserTest {

	static final String ARTICLE = "/articles/social-anxiety-small-steps";

	static final List<String> VECTORS = XssVectors.ALL;

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Moderation moderation;

	ChromeDriver browser;

	@BeforeAll
	void startBrowser() {
		browser = Browser.start(1200, 900);
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@AfterEach
	void backToNow() {
		clock.set(EditorIntegrationTest.NOW);
	}

	@Test
	void aReaderCommentsAModeratorApprovesItAndItAppearsWithItsCountAndInTheFeed() {
		clock.set(EditorIntegrationTest.NOW.plus(Duration.ofHours(3)));
		browser.manage().deleteAllCookies();
		browser.get(url(ARTICLE));
		clock.advance(Duration.ofMinutes(2));
		browser.findElement(By.id("comment-name")).sendKeys("Jordan");
		browser.findElement(By.id("comment-body"))
			.sendKeys("The idea of *one small step a day* is what I needed. Thank you.");
		press(browser.findElement(By.cssSelector(".comment-form button[type=submit]")));
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/comments"));
		assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("awaiting moderation");
		assertThat(browser.manage().getCookies()).as("a reader gets no cookie").isEmpty();

		signIn();
		browser.get(url("/admin/comments"));
		press(queueItem("Jordan").findElement(By.cssSelector("button[value=APPROVE]")));
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(d -> d.findElement(By.cssSelector(".notice")).getText().contains("approved"));

		browser.get(url(ARTICLE));
		assertThat(browser.findElement(By.id("comments")).getText()).contains("1 comment")
			.contains("Jordan")
			.contains("one small step a day");
		assertThat(browser.findElement(By.cssSelector(".byline .comment-count")).getText()).isEqualTo("1 comment");

		browser.get(url("/admin/comments?status=APPROVED"));
		var approved = queueItem("Jordan");
		approved.findElement(By.cssSelector(".comment-edit summary")).click();
		var text = approved.findElement(By.cssSelector(".comment-edit textarea"));
		text.clear();
		text.sendKeys("The idea of *one small step a day* is what I needed. Thank you, truly.");
		press(approved.findElement(By.cssSelector(".comment-edit button[type=submit]")));
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(d -> d.findElement(By.cssSelector(".notice")).getText().contains("edited"));
		assertThat(queueItem("Jordan").getAttribute("innerHTML")).as("the edit is in the history").contains("EDITED");

		browser.get(url(ARTICLE));
		assertThat(browser.findElement(By.id("comments")).getText()).contains("Thank you, truly.");
		browser.get(url(ARTICLE + "/comments/feed.xml"));
		assertThat(browser.getPageSource()).contains("Jordan on").contains("Thank you, truly.");
		browser.get(url("/comments/feed.xml"));
		assertThat(browser.getPageSource()).contains("Jordan on").contains("Thank you, truly.");
	}

	private org.openqa.selenium.WebElement queueItem(String author) {
		return browser.findElements(By.cssSelector(".comment-queue > li"))
			.stream()
			.filter(li -> li.getText().contains(author))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theOwaspFilterEvasionVectorsRunNoScript() {
		CommentForms forms = new CommentForms(port);
		clock.set(EditorIntegrationTest.NOW.plus(Duration.ofHours(6)));
		String token = forms.tokenOn(ARTICLE);
		for (int i = 0; i < VECTORS.size(); i++) {
			if (i % 9 == 0) {
				clock.advance(Duration.ofMinutes(11));
			}
			assertThat(forms.post(ARTICLE + "/comments", CommentForms.comment(token, "Vector " + i, VECTORS.get(i)))
				.statusCode()).as(VECTORS.get(i)).isEqualTo(200);
		}
		List<Long> pending = moderation.queue(CommentStatus.PENDING, 200)
			.stream()
			.filter(item -> item.authorName().startsWith("Vector "))
			.map(QueueItem::id)
			.toList();
		List<Long> spam = moderation.queue(CommentStatus.SPAM, 200)
			.stream()
			.filter(item -> item.authorName().startsWith("Vector "))
			.map(QueueItem::id)
			.toList();
		moderation.apply(ModerationAction.APPROVE, pending, EditorIntegrationTest.ADMIN_EMAIL);
		moderation.apply(ModerationAction.APPROVE, spam, EditorIntegrationTest.ADMIN_EMAIL);

		browser.manage().deleteAllCookies();
		browser.get(url(ARTICLE));
		assertThat(browser.findElements(By.cssSelector(".comment-text"))).hasSizeGreaterThanOrEqualTo(VECTORS.size());
		browser.findElements(By.cssSelector(".comment-text"))
			.forEach(text -> new org.openqa.selenium.interactions.Actions(browser).moveToElement(text).perform());
		assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
		assertThat(browser.findElements(By.cssSelector(".comment-text script, .comment-text img, .comment-text svg, "
				+ ".comment-text iframe, .comment-text input, .comment-text [onerror], .comment-text [onload]")))
			.isEmpty();
		assertThat(browser.findElements(By.cssSelector(".comment-text a"))).allSatisfy(link -> {
			assertThat(link.getAttribute("href")).doesNotStartWithIgnoringCase("javascript");
			assertThat(link.getAttribute("rel")).contains("nofollow").contains("ugc");
		});
	}

	/**
	 * Presses a button through the DOM: a fixed element of the page can sit over it at
	 * the bottom of a long page.
	 */
	private void press(org.openqa.selenium.WebElement button) {
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", button);
	}

	private void signIn() {
		browser.get(url("/admin/comments"));
		if (browser.getCurrentUrl().endsWith("/login")) {
			browser.findElement(By.id("field-email")).sendKeys(EditorIntegrationTest.ADMIN_EMAIL);
			browser.findElement(By.id("field-password")).sendKeys(EditorIntegrationTest.ADMIN_PASSWORD);
			browser.findElement(By.cssSelector("main button[type=submit]")).click();
		}
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().endsWith("/login"));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
