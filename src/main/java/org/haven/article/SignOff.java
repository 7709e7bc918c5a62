package org.haven.article;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One clinical sign-off of one revision of an article, kept for its history. */
@Entity
@Table(name = "review_signoff")
class SignOff {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_signoff_seq")
	@SequenceGenerator(name = "review_signoff_seq", sequenceName = "review_signoff_seq", allocationSize = 50)
	private @Nullable Long id;

	private long articleId;

	private int revision;

	@Enumerated(EnumType.STRING)
	private ReviewDecision decision = ReviewDecision.APPROVED;

	private @Nullable String reviewerSlug;

	private @Nullable String reviewerAccount;

	private @Nullable String comment;

	private @Nullable LocalDate reviewedOn;

	private Instant createdAt = Instant.EPOCH;

	protected SignOff() {
	}

	/**
	 * {@code action} on revision {@code revision}, by {@code reviewerSlug} (the action's
	 * reviewer, or the file's).
	 */
	SignOff(long articleId, int revision, @Nullable String reviewerSlug, ReviewRecords.Action action,
			Instant createdAt) {
		this.articleId = articleId;
		this.revision = revision;
		this.decision = action.decision();
		this.reviewerSlug = reviewerSlug;
		this.reviewerAccount = action.reviewer() == null ? null : action.reviewer().account();
		this.comment = action.comment();
		this.reviewedOn = action.reviewedOn();
		this.createdAt = createdAt;
	}

	SignOffView view() {
		return new SignOffView(articleId, revision, decision, reviewerSlug, reviewerAccount, comment, reviewedOn,
				createdAt);
	}

}
