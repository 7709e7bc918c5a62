package org.haven.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.haven.support.MailIntegrationTest;
import org.haven.support.MutableClock;
import org.haven.support.SharedGreenMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The outbox against a real SMTP server (GreenMail): keyed rows are sent once, a sender
 * killed between two rows and restarted loses nothing and repeats nothing, an SMTP outage
 * is retried with backoff, and a crash in the middle of one send gives the row back after
 * its lease.
 */
@MailIntegrationTest
class OutboxIntegrationTest {

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxStore store;

	@Autowired
	MailProperties properties;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyOutboxAndServer() {
		outbox.sendDueNow();
		jdbc.sql("delete from mail_outbox").update();
		SharedGreenMail.purge();
	}

	@Test
	void enqueueingTheSameKeysTwiceSendsEachMailOnce() {
		long content = outbox.store(new MailMessage("Hello", "Plain hello", "<p>Hello</p>"));
		List<Recipient> recipients = List.of(Recipient.of("t:1", "one@reader.test"),
				Recipient.of("t:2", "two@reader.test"));

		assertThat(outbox.enqueue("test", content, recipients)).isEqualTo(2);
		assertThat(outbox.enqueue("test", content, recipients)).isZero();
		assertThat(outbox.sendDueNow()).isEqualTo(2);
		assertThat(outbox.enqueue("test", content, recipients)).as("sent keys stay known").isZero();

		assertThat(recipientsReceived()).containsExactlyInAnyOrder("one@reader.test", "two@reader.test");
		assertThat(outbox.stats("test")).hasValueSatisfying(stats -> assertThat(stats.sent()).isEqualTo(2));
	}

	@Test
	void eachMailIsPlainTextAndHtmlWithThePersonsOwnLinksAndHeaders() throws Exception {
		long content = outbox
			.store(new MailMessage("News", "Manage: {{manageUrl}}", "<p><a href=\"{{manageUrl}}\">Manage</a></p>"));
		outbox.enqueue("test", content,
				List.of(new Recipient("t:1", "one@reader.test", Map.of("manageUrl", "https://x.test/m?a=1&b=2"),
						Map.of("List-Unsubscribe", "<https://x.test/u/{{token}}>"))));

		outbox.sendDueNow();

		MimeMessage mail = SharedGreenMail.received().get(0);
		MimeMultipart alternative = (MimeMultipart) mail.getContent();
		assertThat(alternative.getContentType()).startsWith("multipart/alternative");
		assertThat((String) alternative.getBodyPart(0).getContent()).isEqualTo("Manage: https://x.test/m?a=1&b=2");
		assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
		assertThat((String) alternative.getBodyPart(1).getContent())
			.isEqualTo("<p><a href=\"https://x.test/m?a=1&amp;b=2\">Manage</a></p>");
		assertThat(mail.getHeader("List-Unsubscribe")[0]).isEqualTo("<https://x.test/u/{{token}}>");
		assertThat(mail.getFrom()[0].toString()).contains("news@haven.test");
		assertThat(mail.getMessageID()).endsWith("@haven.test>");
	}

	@Test
	void aSenderKilledBetweenTwoRowsAndRestartedLosesNothingAndSendsNothingTwice() throws Exception {
		enqueue(10);
		AtomicInteger sent = new AtomicInteger();
		Pacer killedAfterFour = () -> {
			if (sent.incrementAndGet() == 4) {
				throw new InterruptedException("killed");
			}
		};

		assertThatThrownBy(() -> sender(smtp(SharedGreenMail.port())).sendDue(killedAfterFour))
			.isInstanceOf(InterruptedException.class);
		assertThat(recipientsReceived()).hasSize(4);
		assertThat(count("SENT")).isEqualTo(4);
		assertThat(count("QUEUED")).isEqualTo(6);

		OutboxSender restarted = sender(smtp(SharedGreenMail.port()));
		assertThat(restarted.sendDue(Pacer.NONE).sent()).isEqualTo(6);

		assertThat(recipientsReceived()).hasSize(10).doesNotHaveDuplicates();
		assertThat(count("SENT")).isEqualTo(10);
	}

	@Test
	void aBatchOfMailsGoesOverOneConnectionAndABadAddressDoesNotStopIt() throws Exception {
		long content = outbox.store(new MailMessage("Hi", "Hi", "<p>Hi</p>"));
		outbox.enqueue("test", content, List.of(Recipient.of("t:bad", "not an address")));
		enqueue(9);
		MailTransport smtp = smtp(SharedGreenMail.port());
		AtomicInteger opened = new AtomicInteger();

		OutboxSender.Pass pass = sender(() -> {
			opened.incrementAndGet();
			return smtp.open();
		}).sendDue(Pacer.NONE);

		assertThat(pass.sent()).isEqualTo(9);
		assertThat(opened).as("connections opened").hasValue(1);
		assertThat(recipientsReceived()).hasSize(9).doesNotHaveDuplicates();
		assertThat(count("FAILED")).isEqualTo(1);
	}

	@Test
	void anSmtpOutageIsRetriedWithBackoffAndNothingIsLost() throws Exception {
		enqueue(3);
		OutboxSender down = sender(smtp(closedPort()));

		OutboxSender.Pass pass = down.sendDue(Pacer.NONE);

		assertThat(pass.failed()).as("the pass stops at the first error").isEqualTo(1);
		assertThat(count("QUEUED")).isEqualTo(3);
		MailGroupStats stats = outbox.stats("test").orElseThrow();
		assertThat(stats.lastError()).isNotBlank();
		assertThat(outbox.sendDueNow()).as("the failed row waits for its backoff").isEqualTo(2);

		clock.advance(properties.backoff().plusSeconds(1));
		assertThat(outbox.sendDueNow()).isEqualTo(1);
		assertThat(recipientsReceived()).hasSize(3).doesNotHaveDuplicates();
		assertThat(jdbc.sql("select max(attempts) from mail_outbox").query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void aRowClaimedByASenderThatDiedIsSentOnceItsLeaseRunsOut() {
		enqueue(1);
		long id = store.nextDue(clock.instant()).orElseThrow();
		assertThat(store.claim(id, clock.instant())).isTrue();

		assertThat(outbox.sendDueNow()).as("still leased").isZero();
		clock.advance(properties.lease().plus(Duration.ofSeconds(1)));
		assertThat(outbox.sendDueNow()).isEqualTo(1);
		assertThat(recipientsReceived()).containsExactly("reader0@reader.test");
	}

	@Test
	void aMalformedAddressFailsAtOnceWithItsError() {
		long content = outbox.store(new MailMessage("Hi", "Hi", "<p>Hi</p>"));
		outbox.enqueue("test", content, List.of(Recipient.of("bad:1", "not an address")));

		outbox.sendDueNow();

		assertThat(count("FAILED")).isEqualTo(1);
		assertThat(outbox.stats("test").orElseThrow().lastError()).isNotBlank();
	}

	@Test
	void cancellingAGroupWithdrawsOnlyWhatIsStillQueued() {
		enqueue(2);
		outbox.sendDueNow();
		long content = outbox.store(new MailMessage("Late", "Late", "<p>Late</p>"));
		outbox.enqueue("test", content, List.of(Recipient.of("t:late", "late@reader.test")));

		assertThat(outbox.cancel("test")).isEqualTo(1);
		assertThat(outbox.sendDueNow()).isZero();
		MailGroupStats stats = outbox.stats("test").orElseThrow();
		assertThat(stats.sent()).isEqualTo(2);
		assertThat(stats.cancelled()).isEqualTo(1);
	}

	@Test
	void forgettingAnAddressRemovesItsQueuedMailAndBlanksItInSentRows() {
		enqueue(1);
		outbox.sendDueNow();
		long content = outbox.store(new MailMessage("Next", "Next", "<p>Next</p>"));
		outbox.enqueue("test", content, List.of(Recipient.of("t:next", "reader0@reader.test")));

		assertThat(outbox.forget("reader0@reader.test")).isEqualTo(1);

		assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = 'reader0@reader.test'")
			.query(Long.class)
			.single()).isZero();
		assertThat(outbox.stats("test").orElseThrow().sent()).isEqualTo(1);
	}

	private void enqueue(int count) {
		long content = outbox.store(new MailMessage("Hello", "Hello", "<p>Hello</p>"));
		outbox.enqueue("test", content,
				IntStream.range(0, count)
					.mapToObj(i -> Recipient.of("t:" + i, "reader" + i + "@reader.test"))
					.toList());
	}

	private OutboxSender sender(MailTransport transport) {
		return new OutboxSender(store, transport, new MessageFactory("news@haven.test", "Haven"), properties, clock);
	}

	private static MailTransport smtp(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		return new SmtpTransport(sender);
	}

	private static int closedPort() throws Exception {
		try (var socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private long count(String status) {
		return jdbc.sql("select count(*) from mail_outbox where status = ?").param(status).query(Long.class).single();
	}

	private static List<String> recipientsReceived() {
		return SharedGreenMail.received().stream().map(m -> {
			try {
				return m.getRecipients(RecipientType.TO)[0].toString();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
