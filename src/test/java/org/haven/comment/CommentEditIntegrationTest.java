package org.haven.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A moderator edits a comment's text from the queue: a CSRF-protected form, the same
 * restricted Markdown and sanitiser as a reader's comment, an audit entry with who and
 * when, and only the cached pages that show the comment prepared again.
 */
@MailIntegrationTest
class CommentEditIntegrationTest {

	static final String ARTICLE = "/articles/mindfulness-evidence";

	/**
	 * A query that makes the page render now rather than come from the page cache: its
	 * form token must be from this test's clock, which moves back and forth.
	 */
	static final String FRESH = "?fresh=edit";

	/** The oldest article: the newest ones do not list it among their latest posts. */
	static final String OLDEST = "/articles/finding-a-therapist";

	/** Articles, one of which does not show the oldest (as related, neighbour...). */
	static final List<String> OTHERS = List.of("/articles/social-anxiety-small-steps", "/articles/mindfulness-evidence",
			"/articles/loneliness-and-connection", "/articles/perfectionism-and-procrastination");

	static final RequestPostProcessor MODERATOR = user("moderator@haven.test").roles("MODERATOR");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	Moderation moderation;

	@Autowired
	CommentRepository comments;

	@Autowired
	MeterRegistry meters;

	@Autowired
	CommentSettings settings;

	@Autowired
	AnonymousPageCache pages;

	static int day;

	/** Comments this class made: trashed afterwards, so other tests count only theirs. */
	final List<Long> made = new java.util.ArrayList<>();

	@AfterEach
	void backToNow() {
		clock.set(EditorIntegrationTest.NOW);
		// pages prepared at this test's time carry its form tokens: other tests need
		// theirs
		moderation.apply(ModerationAction.TRASH, made, EditorIntegrationTest.ADMIN_EMAIL);
		pages.invalidateAll();
	}

	@Test
	void aModeratorEditsAShownCommentAndOnlyThePagesShowingItAreRenderedAgain() throws Exception {
		// the oldest article takes comments while its comments never close
		ModerationSettings before = settings.current();
		settings.save(new ModerationSettings(before.enabled(), 0, before.autoApprove(), before.holdThreshold(),
				before.spamThreshold(), before.bannedWords()));
		try {
			editsOnlyThePagesShowingIt();
		}
		finally {
			settings.save(before);
		}
	}

	private void editsOnlyThePagesShowingIt() throws Exception {
		long id = approvedComment(OLDEST, "Casey", "I found this *helpful* but the link is broken.");
		assertThat(Http.get(port, OLDEST).body()).contains("the link is broken");
		String other = OTHERS.stream()
			.filter(path -> !Http.get(port, path).body().contains("href=\"" + OLDEST + "\""))
			.findFirst()
			.orElseThrow();

		mvc.perform(post("/admin/comments/" + id + "/edit")
			.param("body", "I found this *helpful*. [More](https://example.org/more) <script>alert(1)</script>")
			.param("from", "APPROVED")
			.with(MODERATOR)
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "Comment edited."));

		double hits = pageCacheHits();
		assertThat(Http.get(port, other).statusCode()).isEqualTo(200);
		assertThat(pageCacheHits()).as("a page not showing the comment stays prepared").isEqualTo(hits + 1);
		String page = Http.get(port, OLDEST).body();
		assertThat(page).contains("I found this <em>helpful</em>.")
			.contains("rel=\"nofollow ugc\"")
			.doesNotContain("the link is broken")
			.doesNotContain("<script>alert(1)");
		Comment edited = comments.findById(id).orElseThrow();
		assertThat(edited.getBodyMarkdown()).startsWith("I found this *helpful*.");
		assertThat(moderation.queue(CommentStatus.APPROVED, 200)
			.stream()
			.filter(item -> item.id() == id)
			.findFirst()
			.orElseThrow()
			.history()).last().satisfies(step -> {
				assertThat(step.action()).isEqualTo("EDITED");
				assertThat(step.actor()).isEqualTo("moderator@haven.test");
				assertThat(step.at()).isEqualTo(clock.instant());
			});
	}

	@Test
	void anEditWithoutItsCsrfTokenOrFromAReaderIsRefused() throws Exception {
		long id = approvedComment(ARTICLE, "Devon", "Original words.");
		mvc.perform(post("/admin/comments/" + id + "/edit").param("body", "Forged words.").with(MODERATOR))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/comments/" + id + "/edit").param("body", "Forged words.")
			.with(user("author@haven.test").roles("AUTHOR"))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(comments.findById(id).orElseThrow().getBodyMarkdown()).isEqualTo("Original words.");
	}

	@Test
	void anEmptyOrOverlongEditChangesNothing() throws Exception {
		long id = approvedComment(ARTICLE, "Eli", "Words to keep.");
		for (String body : List.of("   ", "x".repeat(5001))) {
			mvc.perform(post("/admin/comments/" + id + "/edit").param("body", body).with(MODERATOR).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(
						flash().attribute("notice", org.hamcrest.Matchers.startsWith("The comment was not changed")));
		}
		assertThat(comments.findById(id).orElseThrow().getBodyMarkdown()).isEqualTo("Words to keep.");
		assertThat(Http.get(port, ARTICLE).body()).contains("Words to keep.");
	}

	private long approvedComment(String article, String name, String body) {
		// a day of its own: the rate limit's salt, and so every count, starts afresh (and
		// the article still takes comments, as it did before NOW)
		clock.set(EditorIntegrationTest.NOW.minus(Duration.ofDays(10 + ++day)));
		CommentForms forms = new CommentForms(port);
		String token = forms.tokenOn(article + FRESH + day);
		clock.advance(Duration.ofMinutes(1));
		long id = new Commenters(forms, comments, moderation).approved(article, token, name, body, null);
		made.add(id);
		return id;
	}

	private double pageCacheHits() {
		return meters.get("cache.gets").tag("cache", "pages").tag("result", "hit").functionCounter().count();
	}

}
