package org.haven.site;

import org.haven.article.ArticleCard;
import org.haven.article.AuthorView;
import org.haven.article.Slice;
import org.jspecify.annotations.Nullable;

/**
 * A paginated list of articles: one category, one tag, one author or one month.
 * {@code kind} is {@code category}, {@code tag}, {@code author} or {@code archive};
 * {@code path} is the list's own URL, for pagination links.
 */
public record ListModel(String kind, String heading, String description, String path, Slice<ArticleCard> articles,
		@Nullable AuthorView author) {

	public String pageUrl(int number) {
		return number <= 1 ? path : path + "?page=" + number;
	}

}
