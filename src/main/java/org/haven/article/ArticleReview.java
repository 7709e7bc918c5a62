package org.haven.article;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * Where an article stands with clinical review: who reviewed it and when (as its file
 * says, which only a sign-off writes from the editor), when the next review is due, which
 * revision was approved, and whether edits since made that approval stale.
 */
@Embeddable
class ArticleReview {

	private @Nullable String reviewerSlug;

	private @Nullable LocalDate lastReviewed;

	private @Nullable LocalDate nextReview;

	private @Nullable Integer reviewedRevision;

	private boolean reviewStale;

	/** What the article's file says: reviewer, last and next review. */
	void declare(@Nullable String reviewer, @Nullable LocalDate last, @Nullable LocalDate next) {
		this.reviewerSlug = reviewer;
		this.lastReviewed = last;
		this.nextReview = next;
	}

	void scheduleNext(@Nullable LocalDate next) {
		this.nextReview = next;
	}

	/**
	 * Revision {@code revision} is the one a reviewer approved: it is reviewed, and not
	 * stale.
	 */
	void reviewedAt(int revision) {
		this.reviewedRevision = revision;
		this.reviewStale = false;
	}

	/**
	 * An edit changed what the reviewer approved: the review stands as history but needs
	 * doing again.
	 */
	void markStale() {
		this.reviewStale = true;
	}

	@Nullable String reviewer() {
		return reviewerSlug;
	}

	@Nullable LocalDate lastReviewed() {
		return lastReviewed;
	}

	@Nullable LocalDate nextReview() {
		return nextReview;
	}

	@Nullable Integer reviewedRevision() {
		return reviewedRevision;
	}

	boolean stale() {
		return reviewStale;
	}

	ReviewStatus status() {
		return new ReviewStatus(reviewerSlug, lastReviewed, nextReview, reviewStale);
	}

}
