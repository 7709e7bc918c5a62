package org.haven.article;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An article as the editor form shows it: its draft, where it is in its life, and the version the form carries. */
public record EditableArticle(long id, long version, ArticleStatus status, @Nullable Instant publishedAt,
		Instant updatedAt, @Nullable String owner, ArticleDraft draft, String source, ReviewStatus review) {

	/** Published with a publish time still to come. */
	public boolean scheduledAt(Instant now) {
		return status == ArticleStatus.PUBLISHED && publishedAt != null && publishedAt.isAfter(now);
	}

	/** Readers can see it at {@code now}. */
	public boolean visibleAt(Instant now) {
		return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
	}

}
