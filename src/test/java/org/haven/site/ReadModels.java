package org.haven.site;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.haven.article.ArticleCard;
import org.haven.article.ArticleDetail;
import org.haven.article.ReviewStatus;
import org.haven.article.AuthorView;
import org.haven.article.PageView;
import org.haven.article.Slice;

/**
 * Read-model records as the {@code Articles} facade returns them, for reader controller
 * slices.
 */
final class ReadModels {

	static final Instant PUBLISHED = Instant.parse("2026-03-10T08:00:00Z");

	static final AuthorView MAYA = new AuthorView("maya-okafor", "Maya Okafor", "MSc, UKCP", "Psychotherapist",
			"<p>Maya writes about therapy.</p>");

	private ReadModels() {
	}

	/**
	 * A published article card in the {@code therapy} category, by {@link #MAYA}, without
	 * tags.
	 */
	static ArticleCard card(long id, String slug, String title) {
		return new ArticleCard(id, slug, title, "What to expect from " + title.toLowerCase() + ".", "therapy",
				"Therapy", MAYA, PUBLISHED, PUBLISHED, 5, List.of(), false, null, List.of());
	}

	/**
	 * The article page of {@code card}: one paragraph, no table of contents, FAQ or
	 * clinical review.
	 */
	static ArticleDetail detail(ArticleCard card) {
		return detail(card, List.of(), List.of());
	}

	/** The same article page, with meta keywords and the series it is part of. */
	static ArticleDetail detail(ArticleCard card, List<String> keywords, List<String> series) {
		return new ArticleDetail(card, "<p>The body of " + card.title() + ".</p>", "The body of " + card.title() + ".",
				List.of(), List.of(), 120, null, null, null, null, null, new ReviewStatus(null, null, null, false),
				List.of(), keywords, series);
	}

	/** Page {@code number} of {@code totalPages}, holding {@code cards}. */
	@SafeVarargs
	static <T> Slice<T> page(int number, int totalPages, T... cards) {
		return new Slice<>(Arrays.asList(cards), number, totalPages, (long) totalPages * Paging.PAGE_SIZE);
	}

	/** The first and only page, holding {@code cards}. */
	@SafeVarargs
	static <T> Slice<T> only(T... cards) {
		return new Slice<>(Arrays.asList(cards), 1, 1, cards.length);
	}

	/** Nothing at all: what a list with no articles answers for page 1. */
	static <T> Slice<T> none() {
		return new Slice<>(List.of(), 1, 0, 0);
	}

	static PageView aboutPage() {
		return new PageView("about", "About us", "Who writes Haven Journal.", "<p>We are a small team.</p>", PUBLISHED);
	}

}
