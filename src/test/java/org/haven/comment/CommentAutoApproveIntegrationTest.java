package org.haven.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
 * With auto-approve on, a commenter whose earlier comment was approved (the same e-mail,
 * matched by its hash) is published at once; a new address waits for a moderator, and
 * crisis language is held whoever writes it.
 */
@MailIntegrationTest
class CommentAutoApproveIntegrationTest {

	static final String ARTICLE = "/articles/mindfulness-evidence";

	static int day;

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	CommentSettings settings;

	@Autowired
	CommentRepository comments;

	@Autowired
	Moderation moderation;

	@Autowired
	AnonymousPageCache pages;

	@AfterEach
	void backToNow() {
		clock.set(EditorIntegrationTest.NOW);
		commenters().trashAllBy(List.of("Riley", "Sasha", "Quinn", "Toni"));
		pages.invalidateAll();
	}

	@Test
	void anApprovedCommenterIsPublishedAtOnceAndANewOneWaits() {
		withAutoApprove(true, () -> {
			Commenters commenters = commenters();
			commenters.approved(ARTICLE, token(), "Riley", "My first words here.", "riley@example.org");

			HttpResponse<String> again = send("Riley", "Second words from Riley.", "  RILEY@Example.org ");
			assertThat(again.body()).contains("Your comment is published.").doesNotContain("awaiting moderation");
			Comment second = commenters.latestBy("Riley");
			assertThat(second.getStatus()).isEqualTo(CommentStatus.APPROVED);
			assertThat(Http.get(port, ARTICLE + "?fresh=auto" + day).body()).contains("Second words from Riley.");

			HttpResponse<String> stranger = send("Sasha", "Words from a new address.", "sasha@example.org");
			assertThat(stranger.body()).contains("awaiting moderation");
			assertThat(commenters.latestBy("Sasha").getStatus()).isEqualTo(CommentStatus.PENDING);
		});
	}

	@Test
	void anApprovedCommenterInCrisisIsStillHeld() {
		withAutoApprove(true, () -> {
			Commenters commenters = commenters();
			commenters.approved(ARTICLE, token(), "Quinn", "Thank you for this piece.", "quinn@example.org");
			HttpResponse<String> sent = send("Quinn", "Some days I feel there is no reason to live.",
					"quinn@example.org");
			assertThat(sent.body()).contains("you do not have to get through this alone")
				.doesNotContain("Your comment is published.");
			Comment held = commenters.latestBy("Quinn");
			assertThat(held.isCrisis()).isTrue();
			assertThat(held.getStatus()).isEqualTo(CommentStatus.PENDING);
		});
	}

	@Test
	void withAutoApproveOffAnApprovedCommenterWaits() {
		withAutoApprove(false, () -> {
			Commenters commenters = commenters();
			commenters.approved(ARTICLE, token(), "Toni", "First words from Toni.", "toni@example.org");
			assertThat(send("Toni", "Second words from Toni.", "toni@example.org").body())
				.contains("awaiting moderation");
			assertThat(commenters.latestBy("Toni").getStatus()).isEqualTo(CommentStatus.PENDING);
		});
	}

	private void withAutoApprove(boolean on, Runnable test) {
		// a day of its own, for a fresh rate-limit salt; the article takes comments then
		clock.set(EditorIntegrationTest.NOW.minus(Duration.ofDays(45 + ++day)));
		ModerationSettings before = settings.current();
		settings.save(new ModerationSettings(before.enabled(), before.closeAfterDays(), on, before.holdThreshold(),
				before.spamThreshold(), before.bannedWords()));
		try {
			test.run();
		}
		finally {
			settings.save(before);
		}
	}

	private HttpResponse<String> send(String name, String body, String email) {
		Map<String, String> fields = CommentForms.comment(token(), name, body);
		fields.put("email", email);
		HttpResponse<String> sent = new CommentForms(port).post(ARTICLE + "/comments", fields);
		assertThat(sent.statusCode()).isEqualTo(200);
		return sent;
	}

	private String token() {
		String token = new CommentForms(port).tokenOn(ARTICLE + "?fresh=auto" + day + "-" + clock.millis());
		clock.advance(Duration.ofMinutes(1));
		return token;
	}

	private Commenters commenters() {
		return new Commenters(new CommentForms(port), comments, moderation);
	}

}
