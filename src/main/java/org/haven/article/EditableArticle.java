package org.haven.article;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An article as the editor form shows it: its draft, where it is in its life, the version
 * the form carries, its clinical review, and what the safe-messaging checks found (open
 * findings stop publishing).
 */
public record EditableArticle(long id, long version, ArticleStatus status, @Nullable Instant publishedAt,
		Instant updatedAt, @Nullable String owner, ArticleDraft draft, String source, ReviewStatus review,
		List<FindingView> safeMessaging) {

	/** Published with a publish time still to come. */
	public boolean scheduledAt(Instant now) {
		return status == ArticleStatus.PUBLISHED && publishedAt != null && publishedAt.isAfter(now);
	}

	/** Readers can see it at {@code now}. */
	public boolean visibleAt(Instant now) {
		return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
	}

}
