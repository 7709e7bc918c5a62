package org.haven.views;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.haven.article.ArticleCard;
import org.haven.article.Articles;
import org.haven.views.ViewStore.ArticleViews;

/**
 * Stored article views for editors (per day, top articles) and themes (an article's
 * total). Views still in memory join the totals at the next flush.
 */
public class Views {

	private final ViewStore store;

	private final Articles articles;

	private final Clock clock;

	private final ZoneId zone;

	Views(ViewStore store, Articles articles, Clock clock, ZoneId zone) {
		this.store = store;
		this.articles = articles;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * Views per day for the last {@code days} days up to today, oldest first, days
	 * without views included as zero; of one article, or of all when {@code articleId} is
	 * null.
	 */
	public DailyViews daily(@org.jspecify.annotations.Nullable Long articleId, int days) {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate from = today.minusDays(days - 1L);
		Map<LocalDate, Long> stored = store.perDay(articleId, from);
		List<DailyViews.Day> series = new ArrayList<>(days);
		for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
			series.add(new DailyViews.Day(day, stored.getOrDefault(day, 0L)));
		}
		return new DailyViews(series);
	}

	/**
	 * The {@code limit} most viewed articles over the last {@code days} days up to today,
	 * most first; articles readers can no longer see are left out.
	 */
	public List<TopArticle> top(int days, int limit) {
		LocalDate from = LocalDate.now(clock.withZone(zone)).minusDays(days - 1L);
		List<ArticleViews> top = store.top(from, limit);
		Map<Long, ArticleCard> cards = articles.publishedCards(top.stream().map(ArticleViews::articleId).toList())
			.stream()
			.collect(Collectors.toMap(ArticleCard::id, Function.identity()));
		return top.stream()
			.filter(row -> cards.containsKey(row.articleId()))
			.map(row -> new TopArticle(cards.get(row.articleId()), row.views()))
			.toList();
	}

	/** Every stored view of one article. */
	public long total(long articleId) {
		return store.total(articleId);
	}

	/**
	 * The total as a theme shows it: rounded down to two significant figures (1,234 is
	 * 1,200), because a cached page keeps the figure it was rendered with until it is
	 * rendered again, so it is an approximate figure and reads as one.
	 */
	public long shownTotal(long articleId) {
		return roughly(total(articleId));
	}

	static long roughly(long views) {
		long unit = 1;
		while (views / unit >= 100) {
			unit *= 10;
		}
		return views / unit * unit;
	}

	/** An article and its views over a period. */
	public record TopArticle(ArticleCard card, long views) {
	}

}
