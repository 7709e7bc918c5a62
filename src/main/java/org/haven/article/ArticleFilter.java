package org.haven.article;

import org.jspecify.annotations.Nullable;

/**
 * What the editor's article list is narrowed to. Blank values do not filter.
 * {@code stage} is one of {@code draft}, {@code in-review}, {@code scheduled},
 * {@code published}, {@code unpublished}, {@code archived}; {@code contentNote} is a
 * note's slug.
 */
public record ArticleFilter(@Nullable String stage, @Nullable String category, @Nullable String tag,
		@Nullable String author, @Nullable String text, @Nullable String contentNote) {

	public static ArticleFilter none() {
		return new ArticleFilter(null, null, null, null, null, null);
	}

}
