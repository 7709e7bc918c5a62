package org.haven.article;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A sign-off in an article's history: which revision, what was decided, by whom and when.
 */
public record SignOffView(long articleId, int revision, ReviewDecision decision, @Nullable String reviewerSlug,
		@Nullable String reviewerAccount, @Nullable String comment, @Nullable LocalDate reviewedOn, Instant createdAt) {
}
