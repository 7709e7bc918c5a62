package org.haven.article;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Where an article stands with clinical review: when it was last reviewed, when the next
 * review falls due, and whether edits since the approval changed more than a typo (stale:
 * it needs re-review).
 */
public record ReviewStatus(@Nullable String reviewer, @Nullable LocalDate lastReviewed, @Nullable LocalDate nextReview,
		boolean stale) {

	public boolean reviewed() {
		return reviewer != null && lastReviewed != null;
	}

	/** The next review date has passed on {@code today}; the article stays published. */
	public boolean overdueOn(LocalDate today) {
		return nextReview != null && nextReview.isBefore(today);
	}

}
