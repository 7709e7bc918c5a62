package org.haven.article;

import java.time.Instant;
import java.util.List;

import org.haven.taxonomy.TagRef;
import org.jspecify.annotations.Nullable;

/** An article as lists, feeds and indexes show it: everything but the body. */
public record ArticleCard(long id, String slug, String title, String summary, String categorySlug,
		String categoryName, @Nullable AuthorView author, Instant publishedAt, Instant updatedAt, int readingMinutes,
		List<TagRef> tags, boolean featured, @Nullable String contentWarning) {

	public String url() {
		return "/articles/" + slug;
	}

}
