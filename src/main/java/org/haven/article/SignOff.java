package org.haven.article;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One clinical sign-off of one revision of an article, kept for its history. */
@Entity
@Table(name = "review_signoff")
class SignOff {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
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

	SignOff(long articleId, int revision, ReviewDecision decision, @Nullable String reviewerSlug,
			@Nullable String reviewerAccount, @Nullable String comment, @Nullable LocalDate reviewedOn,
			Instant createdAt) {
		this.articleId = articleId;
		this.revision = revision;
		this.decision = decision;
		this.reviewerSlug = reviewerSlug;
		this.reviewerAccount = reviewerAccount;
		this.comment = comment;
		this.reviewedOn = reviewedOn;
		this.createdAt = createdAt;
	}

	SignOffView view() {
		return new SignOffView(articleId, revision, decision, reviewerSlug, reviewerAccount, comment, reviewedOn,
				createdAt);
	}

}
