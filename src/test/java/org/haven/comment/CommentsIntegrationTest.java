package org.haven.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.haven.support.CommentForms;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.HtmlChecker;
import org.haven.support.Http;
import org.haven.support.MailIntegrationTest;
import org.haven.support.MutableClock;
import org.haven.support.SharedGreenMail;
import org.haven.article.Articles;
import org.haven.mail.MailOutbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader's comment over HTTP, as a browser sends it: taken without session or cookie,
 * awaiting moderation, shown once approved; held with help for crisis language; and every
 * kind of bad input answered with a 4xx page that keeps the reader's text, storing
 * nothing.
 */
@MailIntegrationTest
class CommentsIntegrationTest {

	static final String ARTICLE = "/articles/mindfulness-evidence";

	static int window;

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Moderation moderation;

	@Autowired
	CommentRepository comments;

	@Autowired
	MailOutbox outbox;

	@Autowired
	CommentSwitches switches;

	@Autowired
	Articles articles;

	CommentForms forms;

	@BeforeEach
	void aFreshRateLimitWindow() {
		// every test in its own rate-limit window, so they do not count against each
		// other
		clock.set(EditorIntegrationTest.NOW.plus(Duration.ofHours(2L * ++window)));
		forms = new CommentForms(port);
	}

	@AfterEach
	void backToNow() {
		clock.set(EditorIntegrationTest.NOW);
	}

	String token() {
		String token = forms.tokenOn(ARTICLE);
		clock.advance(Duration.ofMinutes(1));
		return token;
	}

	@Test
	void aCommentAwaitsModerationThenAppearsWithItsCountWithoutEverSettingACookie() {
		HttpResponse<String> article = Http.get(port, ARTICLE);
		assertThat(article.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(article.body()).contains("Leave a comment").doesNotContain("_csrf");

		HttpResponse<String> sent = forms.post(ARTICLE + "/comments",
				CommentForms.comment(token(), "Robin", "This helped me *a lot*, thank you."));
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(sent.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(sent.body()).contains("awaiting moderation");
		assertThat(HtmlChecker.errors(sent.body())).as("the answer to a comment").isEmpty();
		assertThat(Http.get(port, ARTICLE).body()).doesNotContain("This helped me");

		long id = latestBy("Robin").getId();
		moderation.apply(ModerationAction.APPROVE, List.of(id), "admin@haven.test");

		String shown = Http.get(port, ARTICLE).body();
		assertThat(shown).contains("This helped me <em>a lot</em>, thank you.")
			.contains("1 comment")
			.contains("\"@type\":\"Comment\"");
		assertThat(HtmlChecker.errors(shown)).as("the article with its comment").isEmpty();
		// other tests in the shared context approve and edit comments too: find this one
		QueueItem approved = moderation.queue(CommentStatus.APPROVED, 100)
			.stream()
			.filter(item -> item.id() == id)
			.findFirst()
			.orElseThrow();
		assertThat(approved.history()).extracting(QueueItem.Audit::action).containsExactly("SUBMITTED", "APPROVE");
	}

	@Test
	void aCommentInCrisisLanguageIsHeldAndItsWriterIsShownWhereToFindHelp() throws Exception {
		SharedGreenMail.purge();
		HttpResponse<String> sent = forms.post(ARTICLE + "/comments",
				CommentForms.comment(token(), "Alex", "Honestly I don't see the point. I WANT TO DIEEE."));
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(sent.body()).contains("you do not have to get through this alone")
			.contains("not a crisis service")
			.contains("Samaritans")
			.contains("116 123")
			.doesNotContain("awaiting moderation");
		assertThat(HtmlChecker.errors(sent.body())).as("the help shown for a held comment").isEmpty();
		Comment held = latestBy("Alex");
		assertThat(held.isCrisis()).isTrue();
		assertThat(held.getStatus()).isEqualTo(CommentStatus.PENDING);
		assertThat(moderation.queue(CommentStatus.PENDING, 50).get(0).id()).as("pinned to the top")
			.isEqualTo(held.getId());
		assertThat(Http.get(port, ARTICLE).body()).doesNotContain("I WANT TO DIE");
		outbox.sendDueNow();
		assertThat(SharedGreenMail.received()).as("the urgent mail, at once").anySatisfy(mail -> {
			assertThat(mail.getSubject()).startsWith("URGENT");
			assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(EditorIntegrationTest.ADMIN_EMAIL);
		});
	}

	@Test
	void badInputGetsAFourHundredPageThatKeepsTheTextAndStoresNothing() {
		long before = comments.count();
		String token = token();
		assertProblem(forms.post(ARTICLE + "/comments", CommentForms.comment(token, "Kim", "x".repeat(5001))), 400,
				"too long", "xxxxxxxx");
		assertProblem(forms.post(ARTICLE + "/comments", CommentForms.comment(token, "Kim", "   ")), 400, "is empty",
				"Kim");
		assertProblem(forms.post(ARTICLE + "/comments", CommentForms.comment("1.forged", "Kim", "Kept words")), 400,
				"send it again", "Kept words");
		assertProblem(forms.post(ARTICLE + "/comments", CommentForms.comment(token, "Kim", "Cross words"), "Origin",
				"https://elsewhere.example"), 403, "another website", "Cross words");
		assertProblem(
				forms.post("/articles/no-such-article/comments", CommentForms.comment(token, "Kim", "Lost words")), 404,
				"could not find", "Lost words");
		byte[] invalid = ("form-token=" + token + "&name=Kim&body=").getBytes(StandardCharsets.US_ASCII);
		byte[] withBadByte = new byte[invalid.length + 3];
		System.arraycopy(invalid, 0, withBadByte, 0, invalid.length);
		withBadByte[invalid.length] = (byte) 0xC3;
		withBadByte[invalid.length + 1] = (byte) 0x28;
		withBadByte[invalid.length + 2] = 'a';
		assertThat(forms.postRaw(ARTICLE + "/comments", withBadByte).statusCode()).isEqualTo(400);
		assertThat(comments.count()).isEqualTo(before);
	}

	@Test
	void anArticleSwitchedOffTakesNoComment() {
		long before = comments.count();
		String token = token();
		long id = articles.published("mindfulness-evidence").orElseThrow().card().id();
		switches.switchArticle(id, CommentSwitchChoice.OFF);
		try {
			assertProblem(forms.post(ARTICLE + "/comments", CommentForms.comment(token, "Kim", "Late words")), 403,
					"no longer takes comments", "Late words");
		}
		finally {
			switches.switchArticle(id, CommentSwitchChoice.FOLLOW);
		}
		assertThat(comments.count()).isEqualTo(before);
	}

	@Test
	void theEleventhCommentFromOneAddressInTenMinutesIsRateLimited() {
		String token = token();
		for (int i = 0; i < 10; i++) {
			assertThat(
					forms.post(ARTICLE + "/comments", CommentForms.comment(token, "Flood", "Note " + i)).statusCode())
				.isEqualTo(200);
		}
		assertProblem(forms.post(ARTICLE + "/comments", CommentForms.comment(token, "Flood", "One more")), 429,
				"Too many comments", "One more");
	}

	@Test
	void theXssFilterEvasionVectorsAreNeutralised() {
		String token = token();
		for (String vector : List.of("<script>alert(1)</script>", "<IMG SRC=javascript:alert('XSS')>",
				"[click](javascript:alert(1))", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<svg/onload=alert(1)>",
				"[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")) {
			clock.advance(Duration.ofMinutes(11));
			forms.post(ARTICLE + "/comments", CommentForms.comment(token, "Mallory", vector));
			String html = latestBy("Mallory").getBodyHtml();
			assertThat(html).as(vector)
				.doesNotContainPattern("(?i)<(script|img|svg|iframe)")
				.doesNotContainPattern("(?i)href=\"\\s*(javascript|data):")
				.doesNotContainPattern("(?i)<[^>]+\\son[a-z]+=");
		}
	}

	private Comment latestBy(String name) {
		return comments.findAll()
			.stream()
			.filter(c -> c.getAuthorName().equals(name))
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	private static void assertProblem(HttpResponse<String> response, int status, String says, String keeps) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(response.body()).contains("Your comment was not sent").contains(says).contains(keeps);
		assertThat(HtmlChecker.errors(response.body())).as("the %d page", status).isEmpty();
	}

}
