package org.haven.article;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.haven.article.ArticleEvent.ArticlePublished;
import org.haven.config.JobLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces scheduled articles when their time comes, so feeds, indexes and caches
 * refresh without anyone saving. Visibility itself needs no job: every reader query
 * compares the publish time with the clock. With several nodes only the one holding the
 * {@link JobLock} announces (the others hear it as a change event); the rest keep their
 * window moving, so a node that takes over repeats at most the previous holder's last
 * interval (the mail outbox skips keys it holds, so no mail goes twice).
 */
@Component
class ScheduledPublisher {

	private final ArticleRepository articles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JobLock lock;

	private Instant lastCheck;

	/**
	 * Articles announced since the last check by whoever published them (an editor saving
	 * one as published now, an import, another node): their publish time falls in this
	 * check's window too, and announcing them twice would refresh every index twice and
	 * queue mail again for anyone who subscribed in between.
	 */
	private final Set<Long> announced = ConcurrentHashMap.newKeySet();

	ScheduledPublisher(ArticleRepository articles, ApplicationEventPublisher events, Clock clock, JobLock lock) {
		this.articles = articles;
		this.events = events;
		this.clock = clock;
		this.lock = lock;
		this.lastCheck = clock.instant();
	}

	@EventListener
	void remember(ArticlePublished published) {
		announced.add(published.articleId());
	}

	@Scheduled(fixedDelayString = "${haven.content.schedule-check:PT30S}")
	@Transactional(readOnly = true)
	public synchronized void announceDueArticles() {
		Instant now = clock.instant();
		if (!lock.held()) {
			// the window moves on here too, and what was announced in it with it
			lastCheck = now;
			announced.clear();
			return;
		}
		var due = articles.findBecameVisible(lastCheck, now)
			.stream()
			.filter(article -> !announced.contains(article.getId()))
			.toList();
		lastCheck = now;
		announced.clear();
		due.forEach(article -> events
			.publishEvent(new ArticlePublished(article.getId(), article.getSlug(), article.getPublishedAt())));
		if (!due.isEmpty()) {
			events.publishEvent(new SiteContentChanged("scheduled"));
		}
	}

}
