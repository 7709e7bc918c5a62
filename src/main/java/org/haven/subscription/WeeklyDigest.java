package org.haven.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.haven.article.ArticleCard;
import org.haven.article.Articles;
import org.haven.config.JobLock;
import org.haven.mail.MailOutbox;
import org.haven.mail.Recipient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a week, each weekly subscriber gets the past week's articles they follow, in one
 * mail. Subscribers with the same selection share one rendered body; the week's key makes
 * a second run (a restart, another node) add nothing.
 */
@Component
class WeeklyDigest {

	private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);

	static final int MAX_ARTICLES = 30;

	private final Articles articles;

	private final SubscriberStore store;

	private final NewsletterMails mails;

	private final MailOutbox outbox;

	private final SubscriptionProperties properties;

	private final Clock clock;

	private final JobLock lock;

	WeeklyDigest(Articles articles, SubscriberStore store, NewsletterMails mails, MailOutbox outbox,
			SubscriptionProperties properties, Clock clock, JobLock lock) {
		this.lock = lock;
		this.articles = articles;
		this.store = store;
		this.mails = mails;
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${haven.subscription.digest-cron:0 0 8 * * MON}", zone = "${haven.site.time-zone:UTC}")
	void scheduled() {
		if (lock.held()) {
			send();
		}
	}

	/** Queues this week's digest; answers how many mails were added. */
	int send() {
		Instant now = clock.instant();
		List<ArticleCard> week = articles.latest(1, MAX_ARTICLES)
			.items()
			.stream()
			.filter(card -> card.publishedAt().isAfter(now.minus(Duration.ofDays(7))))
			.toList();
		if (week.isEmpty()) {
			return 0;
		}
		var date = now.atZone(ZoneOffset.UTC);
		String group = "digest:" + date.get(IsoFields.WEEK_BASED_YEAR) + "-W"
				+ date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		Map<Long, List<String>> categories = new HashMap<>();
		week.forEach(card -> categories.put(card.id(), articles.categorySlugs(card.id())));
		Map<List<Long>, Long> bodies = new HashMap<>();
		int added = 0;
		long after = 0;
		while (true) {
			var page = store.weeklyAfter(after, properties.batchSize());
			if (page.isEmpty()) {
				break;
			}
			Map<Long, List<Recipient>> byBody = new HashMap<>();
			for (var entry : page) {
				List<ArticleCard> chosen = week.stream()
					.filter(card -> follows(entry.getValue(), card, categories.getOrDefault(card.id(), List.of())))
					.toList();
				if (chosen.isEmpty()) {
					continue;
				}
				long body = bodies.computeIfAbsent(chosen.stream().map(ArticleCard::id).toList(),
						ids -> outbox.store(mails.digest(chosen)));
				byBody.computeIfAbsent(body, b -> new ArrayList<>())
					.add(mails.recipient(group + ":subscriber:" + entry.getKey().id(), entry.getKey()));
			}
			for (var batch : byBody.entrySet()) {
				added += outbox.enqueue(group, batch.getKey(), batch.getValue());
			}
			after = page.get(page.size() - 1).getKey().id();
		}
		log.info("Weekly digest {}: {} mails queued", group, added);
		return added;
	}

	/** Whether any topic matches any of the card's categories, its tags or its author. */
	static boolean follows(Set<Topic> topics, ArticleCard card, List<String> categories) {
		if (topics.isEmpty()) {
			return true;
		}
		for (Topic topic : topics) {
			boolean match = switch (topic.kind()) {
				case CATEGORY -> topic.slug().equals(card.categorySlug()) || categories.contains(topic.slug());
				case AUTHOR -> card.author() != null && topic.slug().equals(card.author().slug());
				case TAG -> card.tags().stream().anyMatch(tag -> tag.slug().equals(topic.slug()));
			};
			if (match) {
				return true;
			}
		}
		return false;
	}

}
