package org.haven.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Sends due rows in batches over one connection: claim a batch (each row by a conditional
 * update, committed), then for each row send and mark it sent (committed) before the
 * next. A crash between rows therefore leaves every row either sent and marked, or
 * claimed and unsent; claimed rows a stopped sender did not reach go straight back in the
 * queue, and those of a sender that died go back once their lease runs out. SMTP errors
 * count an attempt and wait a doubling backoff; an address no server will take fails at
 * once and the batch goes on.
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

	private enum Result {

		SENT, GAVE_UP, RETRY_LATER

	}

	/**
	 * Sends what is due until nothing is, or until an SMTP error (the server is likely
	 * down, so the worker waits before trying again). The pacer runs between mails.
	 */
	Pass sendDue(Pacer pacer) throws InterruptedException {
		store.releaseStaleClaims(clock.instant().minus(properties.lease()));
		int sent = 0;
		while (true) {
			List<OutboxRow> batch = claimBatch();
			if (batch.isEmpty()) {
				return new Pass(sent, 0);
			}
			int done = 0;
			try (MailTransport.Connection connection = transport.open()) {
				while (done < batch.size()) {
					Result result = send(connection, batch.get(done++));
					if (result == Result.RETRY_LATER) {
						return new Pass(sent, 1);
					}
					if (result == Result.SENT) {
						sent++;
						pacer.pause();
					}
				}
			}
			finally {
				store.release(batch.subList(done, batch.size()).stream().map(OutboxRow::id).toList());
			}
		}
	}

	private List<OutboxRow> claimBatch() {
		Instant now = clock.instant();
		List<Long> claimed = new ArrayList<>();
		for (long id : store.dueIds(now, properties.batch())) {
			if (store.claim(id, now)) {
				claimed.add(id);
			}
		}
		return store.rows(claimed);
	}

	private Result send(MailTransport.Connection connection, OutboxRow row) {
		try {
			MailMessage body = bodies.get(row.contentId(), id -> store.content(id)
				.orElseThrow(() -> new IllegalStateException("mail content " + id + " is missing")));
			MimeMessage message = messages.create(row, body);
			connection.send(message);
			store.markSent(row.id(), clock.instant());
			return Result.SENT;
		}
		catch (MessagingException | RuntimeException ex) {
			return recordFailure(row, ex) ? Result.GAVE_UP : Result.RETRY_LATER;
		}
	}

	/**
	 * Counts the failed attempt; true when the fault is the address's own, so the next
	 * row may still go.
	 */
	private boolean recordFailure(OutboxRow row, Exception ex) {
		int attempts = row.attempts() + 1;
		String error = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		boolean permanent = isPermanent(ex) || attempts >= properties.maxAttempts();
		Instant next = clock.instant().plus(properties.backoffAfter(attempts));
		store.markFailedAttempt(row.id(), permanent ? MailStatus.FAILED : MailStatus.QUEUED, attempts, next, error);
		log.warn("Mail {} to row {} failed (attempt {}{}): {}", row.key(), row.id(), attempts,
				permanent ? ", giving up" : "", error);
		return isPermanent(ex);
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
