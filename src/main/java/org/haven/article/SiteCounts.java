package org.haven.article;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.haven.taxonomy.TagRef;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counts every reader page shows (articles per category, tag, month, author, and in
 * all), and the order of every list (newest first), kept in memory so that rendering a
 * page counts and sorts nothing. They are read in full at start-up and after an import or
 * a change of categories or authors; an article's change re-reads that article alone.
 * Visibility also changes with the clock: the counts know when the next scheduled article
 * they have read goes live or one expires, and read everything again once that moment has
 * passed; an article scheduled since is counted when {@link ScheduledPublisher} announces
 * it, as feeds, indexes and cached pages are.
 */
@Component
class SiteCounts {

	private static final Logger log = LoggerFactory.getLogger(SiteCounts.class);

	/**
	 * Changed articles re-read one by one; more than this and everything is read again.
	 */
	private static final int MAX_PENDING = 1000;

	private final ArticleRepository articles;

	private final Clock clock;

	private final TransactionTemplate readOnly;

	private final CountTally tally = new CountTally();

	private final Set<Long> pending = new HashSet<>();

	private boolean reloadNeeded = true;

	private volatile boolean dirty = true;

	/** When a published article next appears or expires. */
	private volatile Instant validUntil = Instant.MAX;

	private volatile CountSnapshot snapshot = CountSnapshot.EMPTY;

	/**
	 * When the counts were last brought up to date; a clock set back reads them again.
	 */
	private volatile Instant countedAt = Instant.MIN;

	SiteCounts(ArticleRepository articles, Clock clock, PlatformTransactionManager transactions) {
		this.articles = articles;
		this.clock = clock;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** The counts as readers see them now. */
	CountSnapshot current() {
		Instant now = clock.instant();
		if (!dirty && now.isBefore(validUntil) && !now.isBefore(countedAt)) {
			return snapshot;
		}
		return refresh();
	}

	@EventListener(ApplicationReadyEvent.class)
	public void onReady() {
		current();
	}

	@Order(ListenerOrder.UPDATE_DERIVED_DATA)
	@EventListener
	public void on(ArticleEvent event) {
		synchronized (this) {
			if (!reloadNeeded) {
				pending.add(event.articleId());
				if (pending.size() > MAX_PENDING) {
					pending.clear();
					reloadNeeded = true;
				}
			}
			dirty = true;
		}
	}

	/**
	 * An import (which may have changed thousands of articles) or a vocabulary change is
	 * counted again here, in the thread that made it, rather than in the next page
	 * render.
	 */
	@Order(ListenerOrder.UPDATE_DERIVED_DATA)
	@EventListener
	public void on(SiteContentChanged event) {
		synchronized (this) {
			if (event.vocabularyChanged()) {
				reloadNeeded = true;
				dirty = true;
			}
		}
		current();
	}

	private synchronized CountSnapshot refresh() {
		Instant now = clock.instant();
		if (reloadNeeded || !now.isBefore(validUntil) || now.isBefore(countedAt)) {
			long started = System.nanoTime();
			tally.clear();
			pending.clear();
			validUntil = Instant.MAX;
			readOnly.executeWithoutResult(status -> {
				try (Stream<Object[]> placements = articles.streamPublishedPlacements();
						Stream<Object[]> categories = articles.streamPublishedCategories();
						Stream<Object[]> tags = articles.streamPublishedTags()) {
					count(placements, categories, tags, now);
				}
			});
			reloadNeeded = false;
			log.debug("Site counts read in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
		else if (!pending.isEmpty()) {
			List<Long> ids = new ArrayList<>(pending);
			pending.clear();
			ids.forEach(tally::remove);
			readOnly.executeWithoutResult(status -> count(articles.findPublishedPlacements(ids).stream(),
					articles.findPublishedCategories(ids).stream(), articles.findPublishedTags(ids).stream(), now));
		}
		snapshot = tally.snapshot();
		countedAt = now;
		dirty = false;
		return snapshot;
	}

	/**
	 * Adds the visible articles among these rows to the tally, and notes when the others
	 * (scheduled, expiring) change the counts.
	 */
	private void count(Stream<Object[]> placements, Stream<Object[]> categories, Stream<Object[]> tags, Instant now) {
		Map<Long, Draft> visible = new HashMap<>();
		placements.forEach(row -> {
			Instant published = (Instant) row[1];
			Instant expires = (Instant) row[2];
			if (published != null && published.isAfter(now)) {
				later(published);
			}
			else if (published != null && (expires == null || expires.isAfter(now))) {
				if (expires != null) {
					later(expires);
				}
				visible.put((Long) row[0],
						new Draft(published, (Instant) row[10], (String) row[5], (String) row[6],
								tally.share((String) row[3]), tally.share((String) row[4]), (Boolean) row[7],
								(Integer) row[8], (Boolean) row[9]));
			}
		});
		categories.forEach(row -> {
			Draft draft = visible.get((Long) row[0]);
			if (draft != null) {
				draft.categories.add(tally.share((String) row[1]));
			}
		});
		tags.forEach(row -> {
			Draft draft = visible.get((Long) row[0]);
			if (draft != null) {
				draft.tags.add(tally.share(new TagRef((String) row[1], (String) row[2])));
			}
		});
		visible.forEach((id, draft) -> tally.put(draft.entry(id)));
	}

	private void later(Instant at) {
		if (at.isBefore(validUntil)) {
			validUntil = at;
		}
	}

	/** One article's contribution while its rows are read. */
	private static final class Draft {

		private final Instant published;

		private final Instant updated;

		private final String slug;

		private final String category;

		private final @Nullable String author;

		private final @Nullable String reviewer;

		private final List<String> categories = new ArrayList<>(2);

		private final List<TagRef> tags = new ArrayList<>(6);

		private final boolean featured;

		private final @Nullable Integer pinWeight;

		private final boolean noted;

		CountTally.Entry entry(long id) {
			return new CountTally.Entry(id, published, updated, slug, YearMonth.from(published.atZone(ZoneOffset.UTC)),
					category, List.copyOf(categories), List.copyOf(tags), author, reviewer,
					new CountTally.Pick(featured, pinWeight, noted));
		}

		Draft(Instant published, Instant updated, String slug, String category, @Nullable String author,
				@Nullable String reviewer, boolean featured, @Nullable Integer pinWeight, boolean noted) {
			this.featured = featured;
			this.pinWeight = pinWeight;
			this.noted = noted;
			this.published = published;
			this.updated = updated;
			this.slug = slug;
			this.category = category;
			this.author = author;
			this.reviewer = reviewer;
		}

	}

}
