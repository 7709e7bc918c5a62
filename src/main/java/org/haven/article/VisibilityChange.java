package org.haven.article;

import java.time.Instant;
import java.util.Optional;

import org.haven.article.ArticleEvent.ArticlePublished;
import org.haven.article.ArticleEvent.ArticleUpdated;
import org.haven.article.ArticleEvent.ArticleWithdrawn;

/**
 * What readers saw of an article before a change, and so which event the change means: it
 * appeared, changed where it was visible, or disappeared. A change to an article readers
 * never saw means nothing to them. Editing and import both decide here.
 */
record VisibilityChange(boolean wasVisible, Placement placedBefore) {

	static VisibilityChange before(Article article, Instant now) {
		boolean wasVisible = article.getId() != null && article.isVisibleAt(now);
		return new VisibilityChange(wasVisible, Placement.of(article));
	}

	Optional<ArticleEvent> after(Article article, Instant now) {
		boolean visible = article.isVisibleAt(now);
		if (visible && !wasVisible) {
			return Optional.of(new ArticlePublished(article.getId(), article.getSlug(), article.getPublishedAt()));
		}
		if (visible) {
			return Optional.of(new ArticleUpdated(article.getId(), article.getSlug(),
					!Placement.of(article).equals(placedBefore)));
		}
		if (wasVisible) {
			return Optional.of(new ArticleWithdrawn(article.getId(), article.getSlug()));
		}
		return Optional.empty();
	}

}
