package org.haven.subscription;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.haven.article.ArticleCard;
import org.haven.article.ArticleEvent;
import org.haven.article.ArticleEvent.ArticlePublished;
import org.haven.article.ArticleEvent.ArticleWithdrawn;
import org.haven.article.Articles;
import org.haven.article.EventOrigin;
import org.haven.common.LowPriorityThreads;
import org.haven.mail.MailOutbox;
import org.haven.mail.Recipient;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Queues an article's mail for its followers (the whole site, or any of its categories,
 * tags or author; each follower once) when it goes live (saved as published, or its
 * scheduled time came), after the publishing transaction commits and off the request's
 * thread, so publishing stays fast. Followers are read a page at a time. Withdrawing the
 * article cancels what is still queued. Edits of a live article send nothing. One thread
 * does both, in order, so a withdrawal never overtakes its enqueue. An event from another
 * node of a cluster is left alone: that node queued the mail. An article whose publish
 * date is older than {@code announce-within} (an imported back catalogue) is not mailed.
 */
@Component
class NewsletterDispatch implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(NewsletterDispatch.class);

	private final Articles articles;

	private final SubscriberStore store;

	private final NewsletterMails mails;

	private final MailOutbox outbox;

	private final SubscriptionProperties properties;

	private final Clock clock;

	private final ExecutorService worker = Executors
		.newSingleThreadExecutor(LowPriorityThreads.named("haven-newsletter"));

	NewsletterDispatch(Articles articles, SubscriberStore store, NewsletterMails mails, MailOutbox outbox,
			SubscriptionProperties properties, Clock clock) {
		this.clock = clock;
		this.articles = articles;
		this.store = store;
		this.mails = mails;
		this.outbox = outbox;
		this.properties = properties;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticleEvent event) {
		if (EventOrigin.remote()) {
			return;
		}
		if (event instanceof ArticlePublished published) {
			if (published.publishedAt() != null && isBackCatalogue(published.publishedAt())) {
				// an import of an old site announces thousands of these: no query for
				// each
				return;
			}
			long due = System.nanoTime() + properties.enqueueDelay().toNanos();
			submit(() -> {
				pauseUntil(due);
				enqueue(published.articleId());
			});
		}
		else if (event instanceof ArticleWithdrawn withdrawn) {
			submit(() -> outbox.cancel(group(withdrawn.articleId())));
		}
	}

	/** Waits for what was handed over so far (tests, benchmarks). */
	void awaitIdle() throws Exception {
		worker.submit(() -> {
		}).get();
	}

	/**
	 * Queues the article's mail for each follower; answers how many rows were added (none
	 * for an article no longer visible, or already queued).
	 */
	int enqueue(long articleId) {
		// an imported back catalogue (a Hugo or WordPress site moving in) is not news:
		// told
		// apart by its publication time alone, since an import announces every article
		Optional<Instant> publishedAt = articles.publishedAt(articleId);
		if (publishedAt.isEmpty() || isBackCatalogue(publishedAt.get())) {
			log.debug("Article {} is not visible or went live with a publish date older than {}: no mail is sent",
					articleId, properties.announceWithin());
			return 0;
		}
		Optional<ArticleCard> found = articles.publishedCard(articleId);
		String group = group(articleId);
		if (found.isEmpty()) {
			return 0;
		}
		ArticleCard card = found.get();
		// a node taking over the scheduled check may announce an article again: its mails
		// are queued already, and reading every follower again would add nothing
		if (outbox.stats(group).isPresent()) {
			return 0;
		}
		long started = System.nanoTime();
		Set<String> categories = new HashSet<>(articles.categorySlugs(articleId));
		categories.add(card.categorySlug());
		Set<String> tags = new HashSet<>();
		card.tags().forEach(tag -> tags.add(tag.slug()));
		String author = (card.author() != null) ? card.author().slug() : "";
		long content = -1;
		int added = 0;
		long after = 0;
		while (true) {
			List<MailingRow> page = store.followersAfter(after, properties.batchSize(), categories, tags, author);
			if (page.isEmpty()) {
				break;
			}
			if (content < 0) {
				content = outbox.store(mails.article(card));
			}
			List<Recipient> recipients = page.stream()
				.map(row -> mails.recipient(group + ":subscriber:" + row.id(), row))
				.toList();
			added += outbox.enqueue(group, content, recipients);
			after = page.get(page.size() - 1).id();
		}
		log.info("Article {} went live: {} mails queued in {} ms", card.slug(), added,
				(System.nanoTime() - started) / 1_000_000);
		return added;
	}

	private boolean isBackCatalogue(Instant publishedAt) {
		return publishedAt.isBefore(clock.instant().minus(properties.announceWithin()));
	}

	/**
	 * The enqueue waits a moment before it starts: on a small machine, reading thousands
	 * of followers at once competes for the CPU with the end of the publish request that
	 * triggered it (and with the requests after it). The moment counts from the event, so
	 * articles published together wait once, not once each; waiting on this thread keeps
	 * a withdrawal queued behind its enqueue in order.
	 */
	private static void pauseUntil(long dueNanos) {
		long wait = dueNanos - System.nanoTime();
		if (wait <= 0) {
			return;
		}
		try {
			Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static String group(long articleId) {
		return "article:" + articleId;
	}

	private Future<?> submit(Runnable task) {
		return worker.submit(() -> {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				log.error("Newsletter task failed", ex);
			}
		});
	}

	/**
	 * Finishes what is queued before the database goes: a command such as
	 * import-wordpress closes its context right after the import, while the announcements
	 * of what it published are still on their way to the outbox.
	 */
	@Override
	public void destroy() throws InterruptedException {
		worker.shutdown();
		if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
			log.warn("Newsletter work still queued 10 s into shutdown was stopped");
			worker.shutdownNow();
		}
	}

}
