package org.haven.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.haven.article.ArticleCard;
import org.haven.article.Articles;
import org.haven.support.CommentForms;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.Http;
import org.haven.support.MailIntegrationTest;
import org.haven.support.MutableClock;
import org.haven.web.AnonymousPageCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Comments switched off for the site, a category or one article, and closed by age: the
 * page shows no form, and a comment sent anyway gets a 403 page that keeps its text and
 * stores nothing.
 */
@MailIntegrationTest
class CommentsOpenIntegrationTest {

	static final String SLUG = "mindfulness-evidence";

	static final String ARTICLE = "/articles/" + SLUG;

	/** Another article, in another category, whose page gives a form token. */
	static final String OTHER = "/articles/social-anxiety-small-steps";

	static int visit;

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	CommentSettings settings;

	@Autowired
	CommentProperties properties;

	@Autowired
	CommentRepository comments;

	@Autowired
	CommentSwitches switches;

	@Autowired
	Articles articles;

	@Autowired
	AnonymousPageCache pages;

	@AfterEach
	void backToNow() {
		clock.set(EditorIntegrationTest.NOW);
		pages.invalidateAll();
	}

	@Test
	void theSiteSwitchTurnsCommentsOffEverywhere() {
		ModerationSettings before = settings.current();
		String token = tokenBeforeSwitching(() -> settings.save(new ModerationSettings(false, before.closeAfterDays(),
				before.autoApprove(), before.holdThreshold(), before.spamThreshold(), before.bannedWords())));
		try {
			assertThat(fresh(ARTICLE)).doesNotContain("Leave a comment")
				.doesNotContain("class=\"comment-form\"")
				.doesNotContain("id=\"comments\"");
			assertThat(fresh(OTHER)).doesNotContain("Leave a comment");
			assertRefused(token, "Site-off words");
		}
		finally {
			settings.save(before);
		}
		assertThat(fresh(ARTICLE)).contains("Leave a comment");
	}

	@Test
	void aCategorySwitchTurnsCommentsOffForItsArticles() {
		String category = card().categorySlug();
		// an article's own switch wins over its category's: none for this one meanwhile
		CommentSwitchChoice ownBefore = CommentSwitchChoice.of(switches.article(card().id()));
		switches.switchArticle(card().id(), CommentSwitchChoice.FOLLOW);
		String token = tokenBeforeSwitching(() -> switches.switchCategory(category, CommentSwitchChoice.OFF));
		try {
			assertThat(fresh(ARTICLE)).doesNotContain("Leave a comment").doesNotContain("class=\"comment-form\"");
			assertThat(fresh(OTHER)).as("another category").contains("Leave a comment");
			assertRefused(token, "Category-off words");
		}
		finally {
			switches.switchCategory(category, CommentSwitchChoice.FOLLOW);
			switches.switchArticle(card().id(), ownBefore);
		}
		assertThat(fresh(ARTICLE)).contains("Leave a comment");
	}

	@Test
	void anArticleSwitchTurnsCommentsOffForThatArticleOnly() {
		long id = card().id();
		String token = tokenBeforeSwitching(() -> switches.switchArticle(id, CommentSwitchChoice.OFF));
		try {
			assertThat(fresh(ARTICLE)).doesNotContain("Leave a comment").doesNotContain("class=\"comment-form\"");
			assertThat(fresh(OTHER)).contains("Leave a comment");
			assertRefused(token, "Article-off words");
		}
		finally {
			// back to nothing said for this article, so that its category decides
			switches.switchArticle(id, CommentSwitchChoice.FOLLOW);
		}
	}

	@Test
	void anArticleClosesNinetyDaysAfterItWasPublishedByDefault() {
		assertThat(properties.closeAfterDays()).isEqualTo(90);
		assertThat(settings.current().closeAfterDays()).isEqualTo(90);
		Instant published = card().publishedAt();
		clock.set(published.plus(Duration.ofDays(90)).minus(Duration.ofMinutes(10)));
		assertThat(fresh(ARTICLE)).as("still open on its last day").contains("Leave a comment");
		String token = new CommentForms(port).tokenOn(ARTICLE + "?fresh=open" + ++visit);
		clock.set(published.plus(Duration.ofDays(90)).plus(Duration.ofMinutes(1)));
		assertThat(fresh(ARTICLE)).doesNotContain("Leave a comment")
			.doesNotContain("class=\"comment-form\"")
			.contains("Comments are closed for this article.");
		assertRefused(token, "Too-late words");
	}

	/**
	 * A form token from the article page while it was open (as a reader who kept the page
	 * open would have), then the switch; the clock a minute on, so the form is not too
	 * fast.
	 */
	private String tokenBeforeSwitching(Runnable change) {
		// a day of its own, for a fresh rate-limit salt; the article takes comments then
		clock.set(EditorIntegrationTest.NOW.minus(Duration.ofDays(50 + ++visit)));
		String token = new CommentForms(port).tokenOn(OTHER + "?fresh=open" + visit);
		change.run();
		clock.advance(Duration.ofMinutes(1));
		return token;
	}

	private void assertRefused(String token, String words) {
		long before = comments.count();
		HttpResponse<String> sent = new CommentForms(port).post(ARTICLE + "/comments",
				CommentForms.comment(token, "Noor", words));
		assertThat(sent.statusCode()).isEqualTo(403);
		assertThat(sent.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(sent.body()).contains("Your comment was not sent")
			.contains("no longer takes comments")
			.contains(words)
			.doesNotContain("Leave a comment");
		assertThat(comments.count()).isEqualTo(before);
	}

	private String fresh(String path) {
		return Http.get(port, path + "?fresh=open" + ++visit).body();
	}

	private ArticleCard card() {
		return articles.published(SLUG).orElseThrow().card();
	}

}
