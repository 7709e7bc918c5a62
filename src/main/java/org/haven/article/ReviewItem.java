package org.haven.article;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One article in the review queue. */
public record ReviewItem(long id, String slug, String title, ArticleStatus status, @Nullable String reviewer,
		@Nullable LocalDate lastReviewed, @Nullable LocalDate nextReview, boolean stale) {

	static ReviewItem of(Article a) {
		return new ReviewItem(a.getId(), a.getSlug(), a.getTitle(), a.getStatus(), a.getReview().reviewer(),
				a.getReview().lastReviewed(), a.getReview().nextReview(), a.getReview().stale());
	}

}
