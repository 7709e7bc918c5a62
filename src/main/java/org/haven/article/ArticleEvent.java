package org.haven.article;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What other modules hear about articles. They refresh their derived indexes from these,
 * never by being called.
 */
public sealed interface ArticleEvent {

	long articleId();

	String slug();

	/**
	 * An article became visible to readers (new, or its scheduled time came), with the
	 * publication time it went live with when this node knows it (another node's event
	 * does not say).
	 */
	record ArticlePublished(long articleId, String slug, @Nullable Instant publishedAt) implements ArticleEvent {

		public ArticlePublished(long articleId, String slug) {
			this(articleId, slug, null);
		}

	}

	/**
	 * A visible article changed. {@code placementChanged} is false when its address,
	 * category, tags, author, reviewer, publish time and featured flag all stayed the
	 * same: then it is still listed, related and ordered exactly as before, and only
	 * pages that show it are affected.
	 */
	record ArticleUpdated(long articleId, String slug, boolean placementChanged) implements ArticleEvent {

		/** A change that may have moved the article anywhere. */
		public ArticleUpdated(long articleId, String slug) {
			this(articleId, slug, true);
		}

	}

	/**
	 * An article stopped being visible to readers (unpublished, archived, or its file
	 * removed).
	 */
	record ArticleWithdrawn(long articleId, String slug) implements ArticleEvent {
	}

}
