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
 * The mail comments send through the real outbox to GreenMail: reply notices to
 * commenters who asked for them (the moderators' digest is
 * {@link CommentDigestIntegrationTest}).
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
		commenters().trashAllBy(List.of("Notice Nia", "Notice Omar", "Notice Pat"));
		pages.invalidateAll();
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
		return commenters().token(ARTICLE, clock);
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

	static String recipient(Message message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
