package org.haven.article;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.haven.config.SiteProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What clinical reviewers have to do, in four groups: articles waiting for review,
 * reviews made stale by edits, reviews falling due soon, and overdue ones (which stay
 * published, with a note for readers).
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

	/** The four groups, each in the order to work through it. */
	public record Groups(List<ReviewItem> waiting, List<ReviewItem> stale, List<ReviewItem> dueSoon,
			List<ReviewItem> overdue) {

		public int total() {
			return waiting.size() + stale.size() + dueSoon.size() + overdue.size();
		}

	}

	private final ArticleRepository articles;

	private final ReviewProperties properties;

	private final Clock clock;

	private final SiteProperties site;

	ReviewQueue(ArticleRepository articles, ReviewProperties properties, Clock clock, SiteProperties site) {
		this.articles = articles;
		this.properties = properties;
		this.clock = clock;
		this.site = site;
	}

	public Groups groups() {
		LocalDate today = today();
		return new Groups(items(articles.findWaitingForReview()), items(articles.findReviewStale()),
				items(articles.findReviewDueBetween(today, today.plusDays(properties.dueSoonDays() + 1L))),
				items(articles.findReviewDueBetween(LocalDate.of(1, 1, 1), today)));
	}

	/**
	 * Today in the site's time zone: review dates are calendar dates where the publisher
	 * is.
	 */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(site.timeZone()));
	}

	private static List<ReviewItem> items(List<Article> found) {
		return found.stream().map(ReviewItem::of).toList();
	}

}
