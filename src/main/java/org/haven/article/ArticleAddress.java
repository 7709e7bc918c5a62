package org.haven.article;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A visible article as a sitemap lists it: where it lives, when it last changed, and the
 * primary category, author and tags whose pages it dates.
 */
public record ArticleAddress(String slug, Instant updatedAt, String categorySlug, @Nullable String authorSlug,
		List<String> tagSlugs) {

	public ArticleAddress {
		tagSlugs = List.copyOf(tagSlugs);
	}

	public String url() {
		return "/articles/" + slug;
	}

}
