package org.haven.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
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
 * The comment feeds, one article's and the site's, read with Rome as a feed reader would:
 * approved comments with their author, sanitised text and a link to their anchor; never a
 * pending, spam, trashed or crisis-held one, and never an e-mail address; and the cached
 * feed dropped when a comment is approved.
 */
@MailIntegrationTest
class CommentFeedsIntegrationTest {

	static final String ARTICLE = "/articles/mindfulness-evidence";

	/**
	 * A query that makes the page render now rather than come from the page cache: its
	 * form token must be from this test's clock, which moves back and forth.
	 */
	static final String FRESH = "?fresh=feeds";

	static final String ARTICLE_FEED = ARTICLE + "/comments/feed.xml";

	static final String SITE_FEED = "/comments/feed.xml";

	static final String EMAIL = "feed-reader@example.org";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	AnonymousPageCache pages;

	@Autowired
	Moderation moderation;

	@Autowired
	CommentRepository comments;

	@AfterEach
	void backToNow() {
		// trashed, so other tests sharing the article count only their own comments and
		// crisis holds
		moderation.apply(ModerationAction.TRASH,
				comments.findAll()
					.stream()
					.filter(c -> c.getAuthorName().startsWith("Feed "))
					.map(Comment::getId)
					.toList(),
				EditorIntegrationTest.ADMIN_EMAIL);
		clock.set(EditorIntegrationTest.NOW);
		// pages prepared at this test's time carry its form tokens: other tests need
		// theirs
		pages.invalidateAll();
	}

	@Test
	void theFeedsCarryApprovedCommentsOnlyAndApprovingDropsTheCachedFeed() throws Exception {
		// a day of its own, for a fresh rate-limit salt; the article takes comments then
		clock.set(EditorIntegrationTest.NOW.minus(Duration.ofDays(20)));
		CommentForms forms = new CommentForms(port);
		String token = forms.tokenOn(ARTICLE + FRESH);
		clock.advance(Duration.ofMinutes(1));
		Commenters readers = new Commenters(forms, comments, moderation);
		long shown = readers.send(ARTICLE, token, "Feed Fan", "Kind *words*, see [this](https://example.org/kind). "
				+ "<script>alert(1)</script><img src=x onerror=alert(1)>", EMAIL);
		long pending = readers.send(ARTICLE, token, "Feed Pending", "Pending words stay out.", EMAIL);
		long spam = readers.send(ARTICLE, token, "Feed Spam", "Spam words stay out.", EMAIL);
		long trashed = readers.send(ARTICLE, token, "Feed Trash", "Trashed words stay out.", EMAIL);
		long held = readers.send(ARTICLE, token, "Feed Held", "Some days I want to kill myself.", EMAIL);
		assertThat(comments.findById(held).orElseThrow().isCrisis()).isTrue();
		moderation.apply(ModerationAction.SPAM, List.of(spam), EditorIntegrationTest.ADMIN_EMAIL);
		moderation.apply(ModerationAction.TRASH, List.of(trashed), EditorIntegrationTest.ADMIN_EMAIL);

		// both feeds read (and so prepared) before the approval
		assertThat(entryFor(read(ARTICLE_FEED), shown)).isNull();
		assertThat(entryFor(read(SITE_FEED), shown)).isNull();
		moderation.apply(ModerationAction.APPROVE, List.of(shown), EditorIntegrationTest.ADMIN_EMAIL);

		for (String path : List.of(ARTICLE_FEED, SITE_FEED)) {
			String xml = Http.get(port, path).body();
			assertThat(xml).as(path)
				.doesNotContain(EMAIL)
				.doesNotContain("Feed Pending", "Feed Spam", "Feed Trash", "Feed Held")
				.doesNotContain("stay out", "kill myself");
			SyndEntry entry = entryFor(new SyndFeedInput().build(new StringReader(xml)), shown);
			assertThat(entry).as("approving dropped the prepared " + path).isNotNull();
			assertThat(entry.getAuthor()).isEqualTo("Feed Fan");
			assertThat(entry.getTitle()).startsWith("Feed Fan on");
			assertThat(entry.getLink()).endsWith(ARTICLE + "#comment-" + shown);
			assertThat(entry.getDescription().getValue()).contains("Kind <em>words</em>")
				.contains("rel=\"nofollow ugc\"")
				.doesNotContainIgnoringCase("<script")
				.doesNotContainIgnoringCase("<img")
				.doesNotContainPattern("(?i)<[^>]+\\son[a-z]+=")
				.contains("&lt;script&gt;");
		}
		assertThat(Http.get(port, ARTICLE + "#comment-" + shown).body()).contains("id=\"comment-" + shown + "\"");
		assertThat(List.of(pending, spam, trashed, held)).allSatisfy(id -> {
			assertThat(entryFor(read(ARTICLE_FEED), id)).isNull();
			assertThat(entryFor(read(SITE_FEED), id)).isNull();
		});
	}

	@Test
	void anArticleWithoutCommentsHasAnEmptyFeedThatClaimsNoDate() throws Exception {
		String xml = Http.get(port, "/articles/attachment-styles-adults/comments/feed.xml").body();

		SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
		assertThat(feed.getEntries()).isEmpty();
		assertThat(feed.getPublishedDate()).isNull();
		assertThat(xml).doesNotContain("1970");
	}

	private SyndFeed read(String path) throws Exception {
		return new SyndFeedInput().build(new StringReader(Http.get(port, path).body()));
	}

	private static SyndEntry entryFor(SyndFeed feed, long id) {
		return feed.getEntries()
			.stream()
			.filter(entry -> entry.getLink().endsWith("#comment-" + id))
			.findFirst()
			.orElse(null);
	}

}
