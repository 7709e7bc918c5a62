package org.haven.mail;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The mail outbox, the one way Haven sends mail. Store a rendered body once, then enqueue
 * one row per recipient; a background worker sends them at the configured rate, retries
 * SMTP errors with backoff, and marks each row sent or failed. Rows are keyed, so
 * enqueueing the same mail to the same person twice sends it once.
 *
 * <pre>
 * MailMessage body = templates.render("email/post", Map.of("article", view));
 * long content = outbox.store(body);
 * outbox.enqueue("article:42", content, List.of(new Recipient("article:42:7", "a@b.org",
 *         Map.of("preferencesUrl", url), Map.of("List-Unsubscribe", "&lt;" + oneClick + "&gt;"))));
 * </pre>
 */
@Service
public class MailOutbox {

	private final OutboxStore store;

	private final OutboxWorker worker;

	private final OutboxSender sender;

	private final Clock clock;

	MailOutbox(OutboxStore store, OutboxWorker worker, OutboxSender sender, Clock clock) {
		this.store = store;
		this.worker = worker;
		this.sender = sender;
		this.clock = clock;
	}

	/** Keeps a body shared by many recipients; answers its id for {@link #enqueue}. */
	@Transactional
	public long store(MailMessage message) {
		return store.saveContent(message, clock.instant());
	}

	/**
	 * Queues the mail {@code content} to each recipient whose key is new, as part of
	 * {@code group} (what the stats and {@link #cancel} go by, e.g. {@code article:42}).
	 * Runs in the caller's transaction when there is one: nothing is sent unless it
	 * commits. Callers with many recipients call this once per batch of a few hundred.
	 * @return how many rows were added (keys already queued or sent are skipped)
	 */
	@Transactional
	public int enqueue(String group, long content, List<Recipient> recipients) {
		int added = store.insert(group, content, recipients, clock.instant());
		if (added > 0) {
			wakeAfterCommit();
		}
		return added;
	}

	/** One mail to one person: {@link #store} and {@link #enqueue} in one step. */
	@Transactional
	public boolean send(String group, Recipient recipient, MailMessage message) {
		return enqueue(group, store(message), List.of(recipient)) == 1;
	}

	/** Withdraws the group's mails that are still queued; sent ones stay sent. */
	@Transactional
	public int cancel(String group) {
		return store.cancelGroup(group);
	}

	/** Withdraws one queued mail by its key. */
	@Transactional
	public int cancelMail(String key) {
		return store.cancelKey(key);
	}

	/**
	 * Erasure: deletes unsent mail to the address and blanks it in sent rows (their
	 * counts stay in the stats).
	 */
	@Transactional
	public int forget(String address) {
		return store.forget(address);
	}

	public List<MailGroupStats> stats() {
		return store.stats(null);
	}

	public Optional<MailGroupStats> stats(String group) {
		return store.stats(group).stream().findFirst();
	}

	/**
	 * Sends everything due now on the caller's thread, without pacing (tests, benchmarks,
	 * a manual flush). The background worker does this on its own otherwise.
	 * @return how many mails were sent
	 */
	public int sendDueNow() {
		try {
			return sender.sendDue(Pacer.NONE).sent();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	private void wakeAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					worker.wake();
				}
			});
		}
		else {
			worker.wake();
		}
	}

}
