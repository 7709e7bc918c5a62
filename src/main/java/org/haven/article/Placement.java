package org.haven.article;

import java.time.Instant;
import java.util.List;

import org.haven.taxonomy.TagRef;
import org.jspecify.annotations.Nullable;

/**
 * What decides where an article appears besides its own page: its address, category, tags
 * (slugs and labels, which tag lists show), author and reviewer (author pages), publish
 * time (order, archive, neighbours) and the featured flag. Related posts are scored from
 * tags, category and publish time. A change that leaves this alone (text, title, summary,
 * ...) changes only the pages that already show the article.
 */
record Placement(String slug, String categorySlug, @Nullable String authorSlug, @Nullable String reviewerSlug,
		List<TagRef> tags, @Nullable Instant publishedAt, boolean featured) {

	static Placement of(Article article) {
		return new Placement(article.getSlug(), article.getCategorySlug(), article.getAuthorSlug(),
				article.getReview().reviewer(), List.copyOf(article.getTags()), article.getPublishedAt(),
				article.isFeatured());
	}

}
