package org.haven.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.haven.article.ArticleEditing;
import org.haven.article.EditableArticle;
import org.haven.mail.MailOutbox;
import org.haven.support.Axe;
import org.haven.support.Browser;
import org.haven.support.Drafts;
import org.haven.support.MailIntegrationTest;
import org.haven.support.SharedGreenMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The newsletter as a reader meets it, in a real headless Chromium: the full page and the
 * compact block both answer the same neutral words, the confirmation mail arrives
 * (GreenMail), the page its link opens confirms with a button, and the preferences page
 * from the next mail changes the choices and pauses. No page sets a cookie, and the
 * sign-up page has no accessibility violation.
 */
@MailIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsletterBrowserTest {

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/subscribe/(?:confirm|manage)\\?\\S+)");

	@LocalServerPort
	int port;

	@Autowired
	MailOutbox outbox;

	@Autowired
	NewsletterDispatch dispatch;

	@Autowired
	ArticleEditing editing;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	@BeforeAll
	void startBrowser() throws Exception {
		browser = Browser.start(1200, 900);
		dispatch.awaitIdle();
		outbox.sendDueNow();
		SharedGreenMail.purge();
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aReaderSignsUpConfirmsAndChangesTheirChoicesWithoutACookie() throws Exception {
		browser.manage().deleteAllCookies();
		browser.get(url("/subscribe"));
		assertThat(Axe.violations(browser)).as("axe on /subscribe").isEmpty();
		browser.findElement(By.id("subscribe-email")).sendKeys("browser-reader@example.org");
		press(browser.findElement(By.cssSelector("input[name=topic][value='category:anxiety']")));
		press(browser.findElement(By.cssSelector(".subscribe-full input[name=frequency][value=each]")));
		press(browser.findElement(By.cssSelector(".subscribe-full button[type=submit]")));
		String pageAnswer = notice();
		assertThat(pageAnswer).contains("a link to confirm is on its way");
		assertNoCookies();

		browser.get(url("/articles/social-anxiety-small-steps"));
		browser.findElement(By.id("subscribe-block-email")).sendKeys("block-reader@example.org");
		press(browser.findElement(By.cssSelector(".subscribe-block input[name=frequency][value=weekly]")));
		press(browser.findElement(By.cssSelector(".subscribe-block .subscribe-topic input")));
		press(browser.findElement(By.cssSelector(".subscribe-block button[type=submit]")));
		assertThat(notice()).as("the same answer from the block").isEqualTo(pageAnswer);
		assertNoCookies();
		assertThat(jdbc.sql("select choices from subscription_request where email = 'block-reader@example.org'")
			.query(String.class)
			.single()).isEqualTo("WEEKLY|category:anxiety");

		browser.get(url(link("browser-reader@example.org", 0)));
		press(browser.findElement(By.cssSelector("main form button[type=submit]")));
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(d -> d.findElement(By.tagName("h1")).getText().contains("You are subscribed"));
		assertNoCookies();

		EditableArticle draft = editing.create(Drafts.publishable(Drafts.uniqueSlug("browser-news")),
				"admin@haven.test");
		editing.publish(draft.id(), draft.version(), draft.draft(), null, "admin@haven.test");
		dispatch.awaitIdle();
		browser.get(url(link("browser-reader@example.org", 1)));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your subscription");
		assertThat(browser.findElement(By.cssSelector("input[name=topic][value='category:anxiety']")).isSelected())
			.isTrue();
		press(browser.findElement(By.cssSelector("input[name=topic][value='category:anxiety']")));
		press(browser.findElement(By.cssSelector("input[name=topic][value='category:relationships']")));
		press(browser.findElement(By.cssSelector("input[name=frequency][value=weekly]")));
		press(browser.findElement(By.cssSelector("input[name=paused]")));
		press(browser.findElement(By.cssSelector(".subscribe-full button[type=submit]")));
		assertThat(notice()).isEqualTo("Your choices are saved.");
		assertThat(
				browser.findElement(By.cssSelector("input[name=topic][value='category:relationships']")).isSelected())
			.isTrue();
		assertThat(browser.findElement(By.cssSelector("input[name=paused]")).isSelected()).isTrue();
		assertThat(jdbc.sql("select frequency || ' ' || paused from subscriber where email = ?")
			.param("browser-reader@example.org")
			.query(String.class)
			.single()).isEqualToIgnoringCase("WEEKLY true");
		assertNoCookies();
	}

	/**
	 * The subscribe or manage link of the {@code index}th mail to {@code email}, on this
	 * server.
	 */
	private String link(String email, int index) throws Exception {
		outbox.sendDueNow();
		List<MimeMessage> mails = SharedGreenMail.received().stream().filter(mail -> to(mail).equals(email)).toList();
		assertThat(mails).hasSizeGreaterThan(index);
		String text = (String) ((MimeMultipart) mails.get(index).getContent()).getBodyPart(0).getContent();
		Matcher link = LINK.matcher(text);
		assertThat(link.find()).as("a link in %s", text).isTrue();
		return link.group(1);
	}

	private static String to(MimeMessage mail) {
		try {
			return mail.getRecipients(RecipientType.TO)[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String notice() {
		return new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(d -> d.findElement(By.cssSelector("main [role=status]")))
			.getText();
	}

	private void assertNoCookies() {
		assertThat(browser.manage().getCookies()).as("cookies on %s", browser.getCurrentUrl()).isEmpty();
	}

	/**
	 * Presses through the DOM: a fixed element can sit over a control low on the page.
	 */
	private void press(WebElement element) {
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", element);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
