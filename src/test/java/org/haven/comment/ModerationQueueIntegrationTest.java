package org.haven.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.haven.support.CommentForms;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.HtmlChecker;
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
 * The moderation queue through its forms, as a moderator uses it: several comments
 * approved at once, one marked spam, restored and trashed, a reply as the publication;
 * each step changes what readers see and is recorded with who did it and when.
 */
@MailIntegrationTest
class ModerationQueueIntegrationTest {

	static final String ARTICLE = "/articles/mindfulness-evidence";

	static final String MODERATOR_EMAIL = "queue-moderator@haven.test";

	static final RequestPostProcessor MODERATOR = user(MODERATOR_EMAIL).roles("MODERATOR");

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
	AnonymousPageCache pages;

	final List<Long> made = new ArrayList<>();

	@AfterEach
	void backToNow() {
		clock.set(EditorIntegrationTest.NOW);
		moderation.apply(ModerationAction.TRASH, made, EditorIntegrationTest.ADMIN_EMAIL);
		pages.invalidateAll();
	}

	@Test
	void bulkApproveSpamRestoreTrashAndReplyEachShowAndAreRecorded() throws Exception {
		long first = pending("Quinn", "The breathing exercise helped me sleep.");
		long second = pending("Rowan", "I printed the worksheet for my group.");
		long third = pending("Sage", "A third comment, to be moved around the queue.");
		assertThat(Http.get(port, ARTICLE).body()).doesNotContain("breathing exercise helped", "printed the worksheet");

		moderate("APPROVE", "2 comment(s)", first, second);
		String page = Http.get(port, ARTICLE).body();
		assertThat(page).contains("The breathing exercise helped me sleep.", "I printed the worksheet for my group.")
			.doesNotContain("moved around the queue");

		moderate("SPAM", "1 comment(s)", third);
		assertThat(statusOf(third)).isEqualTo(CommentStatus.SPAM);
		moderate("RESTORE", "1 comment(s)", third);
		assertThat(statusOf(third)).isEqualTo(CommentStatus.PENDING);
		moderate("TRASH", "1 comment(s)", third);
		assertThat(statusOf(third)).isEqualTo(CommentStatus.TRASH);
		assertThat(Http.get(port, ARTICLE).body()).doesNotContain("moved around the queue");

		mvc.perform(
				post("/admin/comments/" + first + "/reply").param("body", "Thank you, Quinn: we are glad it helped.")
					.with(MODERATOR)
					.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(Http.get(port, ARTICLE).body()).contains("Thank you, Quinn: we are glad it helped.");
		made.add(comments.findAll()
			.stream()
			.filter(c -> c.getBodyMarkdown().startsWith("Thank you, Quinn"))
			.findFirst()
			.orElseThrow()
			.getId());

		assertThat(history(third)).extracting(QueueItem.Audit::action).endsWith("SPAM", "RESTORE", "TRASH");
		assertThat(history(first)).extracting(QueueItem.Audit::action).endsWith("APPROVE", "REPLIED_TO");
		assertThat(history(first)).last().satisfies(step -> {
			assertThat(step.actor()).isEqualTo(MODERATOR_EMAIL);
			assertThat(step.at()).isEqualTo(clock.instant());
		});
		String queue = mvc.perform(get("/admin/comments?status=TRASH").with(MODERATOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(queue).contains("moved around the queue", MODERATOR_EMAIL);
		assertThat(HtmlChecker.errors(queue)).as("the queue page").isEmpty();
	}

	@Test
	void aBulkActionWithNothingTickedChangesNothingAndSaysSo() throws Exception {
		long id = pending("Tam", "Still waiting here.");

		mvc.perform(post("/admin/comments/moderate").param("action", "APPROVE").with(MODERATOR).with(csrf()))
			.andExpect(redirectedUrl("/admin/comments?status=PENDING"))
			.andExpect(flash().attribute("notice", "Tick at least one comment."));
		assertThat(statusOf(id)).isEqualTo(CommentStatus.PENDING);
	}

	private void moderate(String action, String notice, long... ids) throws Exception {
		clock.advance(Duration.ofSeconds(1));
		var request = post("/admin/comments/moderate").param("action", action).with(MODERATOR).with(csrf());
		for (long id : ids) {
			request.param("id", Long.toString(id));
		}
		mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith(notice)));
	}

	private long pending(String name, String body) {
		// an hour of its own, so the rate limit's window starts afresh
		clock.set(EditorIntegrationTest.NOW.minus(Duration.ofHours(60 - made.size())));
		CommentForms forms = new CommentForms(port);
		String token = forms.tokenOn(ARTICLE + "?fresh=queue-" + name);
		clock.advance(Duration.ofMinutes(1));
		long id = new Commenters(forms, comments, moderation).send(ARTICLE, token, name, body, null);
		made.add(id);
		assertThat(statusOf(id)).as(name).isEqualTo(CommentStatus.PENDING);
		return id;
	}

	private CommentStatus statusOf(long id) {
		return comments.findById(id).orElseThrow().getStatus();
	}

	private List<QueueItem.Audit> history(long id) {
		for (CommentStatus status : CommentStatus.values()) {
			for (QueueItem item : moderation.queue(status, 500)) {
				if (item.id() == id) {
					return item.history();
				}
			}
		}
		throw new AssertionError("comment " + id + " is in no queue");
	}

}
