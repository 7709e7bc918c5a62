package org.haven.article;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** One line of the editor's article list and dashboard. */
public record ArticleRow(long id, String slug, String title, ArticleStatus status, boolean scheduled,
		String categorySlug, @Nullable String authorSlug, @Nullable String owner, @Nullable Instant publishedAt,
		Instant updatedAt) {

	/**
	 * The stage an editor reads: draft, in review, scheduled, published, unpublished,
	 * archived.
	 */
	public String stage() {
		return scheduled ? "scheduled" : status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
