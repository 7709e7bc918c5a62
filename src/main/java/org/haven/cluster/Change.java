package org.haven.cluster;

import org.haven.article.ArticleEvent.ArticlePublished;
import org.haven.article.ArticleEvent.ArticleUpdated;
import org.haven.article.ArticleEvent.ArticleWithdrawn;
import org.haven.article.SiteContentChanged;
import org.haven.comment.CommentSettingsChanged;
import org.haven.comment.CommentsChanged;
import org.haven.common.AppearanceChosen;
import org.jspecify.annotations.Nullable;

/**
 * One row of the event table: an application event as plain columns, and back. Only ids
 * and names travel; every node reads the content itself from the shared database.
 */
record Change(String kind, @Nullable Long articleId, @Nullable String slug, boolean flag, @Nullable String reason) {

	static final String PUBLISHED = "article-published";

	static final String UPDATED = "article-updated";

	static final String WITHDRAWN = "article-withdrawn";

	static final String SITE = "site-content";

	static final String COMMENTS = "comments";

	static final String COMMENT_SETTINGS = "comment-settings";

	static final String APPEARANCE = "appearance";

	/** The row for {@code event}, or null for an event other nodes need not hear. */
	static @Nullable Change of(Object event) {
		if (event instanceof ArticlePublished e) {
			return new Change(PUBLISHED, e.articleId(), e.slug(), false, null);
		}
		if (event instanceof ArticleUpdated e) {
			return new Change(UPDATED, e.articleId(), e.slug(), e.placementChanged(), null);
		}
		if (event instanceof ArticleWithdrawn e) {
			return new Change(WITHDRAWN, e.articleId(), e.slug(), false, null);
		}
		if (event instanceof SiteContentChanged e) {
			return new Change(SITE, null, null, e.vocabularyChanged(), e.reason());
		}
		if (event instanceof CommentsChanged e) {
			return new Change(COMMENTS, e.articleId(), null, false, null);
		}
		if (event instanceof CommentSettingsChanged) {
			return new Change(COMMENT_SETTINGS, null, null, false, null);
		}
		if (event instanceof AppearanceChosen) {
			return new Change(APPEARANCE, null, null, false, null);
		}
		return null;
	}

	/**
	 * The application event this row stands for, or null for a kind this node does not
	 * know.
	 */
	@Nullable Object toEvent() {
		return switch (kind) {
			case PUBLISHED -> new ArticlePublished(id(), name());
			case UPDATED -> new ArticleUpdated(id(), name(), flag);
			case WITHDRAWN -> new ArticleWithdrawn(id(), name());
			case SITE -> new SiteContentChanged((reason != null) ? reason : "another node", flag);
			case COMMENTS -> new CommentsChanged(id());
			case COMMENT_SETTINGS -> new CommentSettingsChanged();
			case APPEARANCE -> new AppearanceChosen();
			default -> null;
		};
	}

	private long id() {
		return (articleId != null) ? articleId : 0L;
	}

	private String name() {
		return (slug != null) ? slug : "";
	}

}
