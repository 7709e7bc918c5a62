package org.haven.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Sends due rows one at a time: claim (a conditional update, committed), send, mark sent
 * (committed). A crash between rows therefore leaves every row either sent and marked, or
 * queued; a crash during one send leaves that row claimed, and it goes back in the queue
 * once its lease runs out. SMTP errors count an attempt and wait a doubling backoff; an
 * address no server will take fails at once.
 */
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboxStore store;

	private final MailTransport transport;

	private final MessageFactory messages;

	private final MailProperties properties;

	private final Clock clock;

	private final Cache<Long, MailMessage> bodies = Caffeine.newBuilder().maximumSize(16).build();

	OutboxSender(OutboxStore store, MailTransport transport, MessageFactory messages, MailProperties properties,
			Clock clock) {
		this.store = store;
		this.transport = transport;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/** What one pass did. {@code failed} tells the worker to back off before the next. */
	record Pass(int sent, int failed) {
	}

	/**
	 * Sends what is due until nothing is, or until an SMTP error (the server is likely
	 * down, so the worker waits before trying again). The pacer runs between mails.
	 */
	Pass sendDue(Pacer pacer) throws InterruptedException {
		store.releaseStaleClaims(clock.instant().minus(properties.lease()));
		int sent = 0;
		while (true) {
			Optional<Long> next = store.nextDue(clock.instant());
			if (next.isEmpty()) {
				return new Pass(sent, 0);
			}
			if (!store.claim(next.get(), clock.instant())) {
				continue;
			}
			if (!send(store.row(next.get()))) {
				return new Pass(sent, 1);
			}
			sent++;
			pacer.pause();
		}
	}

	private boolean send(OutboxRow row) {
		try {
			MailMessage body = bodies.get(row.contentId(), id -> store.content(id)
				.orElseThrow(() -> new IllegalStateException("mail content " + id + " is missing")));
			MimeMessage message = messages.create(row, body);
			transport.send(message);
			store.markSent(row.id(), clock.instant());
			return true;
		}
		catch (MessagingException | RuntimeException ex) {
			recordFailure(row, ex);
			return false;
		}
	}

	private void recordFailure(OutboxRow row, Exception ex) {
		int attempts = row.attempts() + 1;
		String error = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		boolean permanent = isPermanent(ex) || attempts >= properties.maxAttempts();
		Instant next = clock.instant().plus(properties.backoffAfter(attempts));
		store.markFailedAttempt(row.id(), permanent ? MailStatus.FAILED : MailStatus.QUEUED, attempts, next, error);
		log.warn("Mail {} to row {} failed (attempt {}{}): {}", row.key(), row.id(), attempts,
				permanent ? ", giving up" : "", error);
	}

	/** A malformed address or one the server refuses will not improve by waiting. */
	private static boolean isPermanent(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof AddressException) {
				return true;
			}
			if (t instanceof SendFailedException failed && failed.getInvalidAddresses() != null
					&& failed.getInvalidAddresses().length > 0) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

}
