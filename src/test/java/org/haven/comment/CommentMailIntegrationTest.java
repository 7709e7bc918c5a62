package org.haven.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;

import org.haven.mail.MailOutbox;
import org.haven.support.CommentForms;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.MailIntegrationTest;
import org.haven.support.MutableClock;
import org.haven.support.SharedGreenMail;
import org.haven.web.AnonymousPageCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The mail comments send through the real outbox to GreenMail: the moderators' digest of
 * pending comments, and reply notices to commenters who asked for them.
 */
@MailIntegrationTest
class CommentMailIntegrationTest {

	static final String ARTICLE = "/articles/mindfulness-evidence";

	static int day;

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	CommentNotices notices;

	@Autowired
	CommentProperties properties;

	@Autowired
	CommentSettings settings;

	@Autowired
	CommentRepository comments;

	@Autowired
	Moderation moderation;

	@Autowired
	MailOutbox outbox;

	@Autowired
	AnonymousPageCache pages;

	@AfterEach
	void backToNow() {
		clock.set(EditorIntegrationTest.NOW);
		commenters().trashAllBy(List.of("Digest Dana", "Digest Eden", "Notice Nia", "Notice Omar", "Notice Pat"));
		pages.invalidateAll();
	}

	@Test
	void moderatorsGetADigestOfPendingCommentsAndNoneWhenNothingWaits() throws Exception {
		assertThat(properties.digestInterval()).isEqualTo(Duration.ofMinutes(15));
		// later than every other test's comments, so the digest lists only this test's;
		// the article takes comments then only while they never close
		clock.set(EditorIntegrationTest.NOW.plus(Duration.ofDays(400)));
		ModerationSettings before = settings.current();
		settings.save(new ModerationSettings(before.enabled(), 0, before.autoApprove(), before.holdThreshold(),
				before.spamThreshold(), before.bannedWords()));
		try {
			notices.sendDigest();
			outbox.sendDueNow();
			SharedGreenMail.purge();

			clock.advance(Duration.ofMinutes(15));
			notices.sendDigest();
			outbox.sendDueNow();
			assertThat(SharedGreenMail.received()).as("nothing new is pending").isEmpty();

			Commenters commenters = commenters();
			commenters.send(ARTICLE, token(), "Digest Dana", "Words for the digest.", "dana@example.org");
			commenters.send(ARTICLE, token(), "Digest Eden", "More words for the digest.", null);
			clock.advance(Duration.ofMinutes(15));
			notices.sendDigest();
			outbox.sendDueNow();
			assertThat(SharedGreenMail.received()).singleElement().satisfies(mail -> {
				assertThat(recipient(mail)).isEqualTo(EditorIntegrationTest.ADMIN_EMAIL);
				assertThat(mail.getSubject()).startsWith("2 comment(s) to moderate");
				assertThat(CommentPrivacyIntegrationTest.text(mail))
					.contains("Digest Dana on \"What the Evidence Says About Mindfulness")
					.contains("Digest Eden on")
					.contains("/admin/comments")
					.doesNotContain("dana@example.org");
			});

			SharedGreenMail.purge();
			clock.advance(Duration.ofMinutes(15));
			notices.sendDigest();
			outbox.sendDueNow();
			assertThat(SharedGreenMail.received()).as("each pending comment is listed once").isEmpty();
		}
		finally {
			settings.save(before);
		}
	}

	@Test
	void aCommenterWhoAskedHearsOfAPublishedReplyWithoutAnyoneElsesAddress() throws Exception {
		clock.set(EditorIntegrationTest.NOW.minus(Duration.ofDays(60 + ++day)));
		Commenters commenters = commenters();
		long asked = approved(commenters, "Notice Nia", "nia@example.org", true, null, "Nia asks to hear back.");
		long silent = approved(commenters, "Notice Omar", "omar@example.org", false, null, "Omar does not.");
		SharedGreenMail.purge();

		long reply = send(commenters, "Notice Pat", "pat@example.org", true, asked, "Pat answers Nia.");
		outbox.sendDueNow();
		assertThat(mailTo("nia@example.org")).as("not before the reply is published").isEmpty();

		moderation.apply(ModerationAction.APPROVE, List.of(reply), EditorIntegrationTest.ADMIN_EMAIL);
		send(commenters, "Notice Pat", "pat@example.org", true, silent, "Pat answers Omar.");
		moderation.apply(ModerationAction.APPROVE, List.of(commenters.latestBy("Notice Pat").getId()),
				EditorIntegrationTest.ADMIN_EMAIL);
		outbox.sendDueNow();

		assertThat(mailTo("nia@example.org")).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).startsWith("A reply to your comment");
			assertThat(CommentPrivacyIntegrationTest.text(mail)).contains("Notice Pat replied")
				.contains("#comment-" + reply)
				.doesNotContain("pat@example.org")
				.doesNotContain("omar@example.org");
		});
		assertThat(mailTo("omar@example.org")).as("did not ask").isEmpty();
		assertThat(SharedGreenMail.received())
			.allSatisfy(mail -> assertThat(CommentPrivacyIntegrationTest.text(mail)).doesNotContain("@example.org"));
	}

	private long approved(Commenters commenters, String name, String email, boolean notify, Long parent, String body) {
		long id = send(commenters, name, email, notify, parent, body);
		moderation.apply(ModerationAction.APPROVE, List.of(id), EditorIntegrationTest.ADMIN_EMAIL);
		return id;
	}

	private long send(Commenters commenters, String name, String email, boolean notify, Long parent, String body) {
		Map<String, String> fields = CommentForms.comment(token(), name, body);
		fields.put("email", email);
		if (notify) {
			fields.put("notify", "true");
		}
		if (parent != null) {
			fields.put("parent", Long.toString(parent));
		}
		assertThat(new CommentForms(port).post(ARTICLE + "/comments", fields).statusCode()).as(name).isEqualTo(200);
		return commenters.latestBy(name).getId();
	}

	private String token() {
		String token = new CommentForms(port).tokenOn(ARTICLE + "?fresh=mail-" + clock.millis());
		clock.advance(Duration.ofMinutes(1));
		return token;
	}

	private Commenters commenters() {
		return new Commenters(new CommentForms(port), comments, moderation);
	}

	private static List<Message> mailTo(String address) {
		return SharedGreenMail.received()
			.stream()
			.filter(m -> recipient(m).equals(address))
			.map(Message.class::cast)
			.toList();
	}

	private static String recipient(Message message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
