package org.haven.article;

/** What other modules hear about articles. They refresh their derived indexes from these, never by being called. */
public sealed interface ArticleEvent {

	long articleId();

	String slug();

	/** An article became visible to readers (new, or its scheduled time came). */
	record ArticlePublished(long articleId, String slug) implements ArticleEvent {
	}

	/** A visible article changed. */
	record ArticleUpdated(long articleId, String slug) implements ArticleEvent {
	}

	/** An article stopped being visible to readers (unpublished, archived, or its file removed). */
	record ArticleWithdrawn(long articleId, String slug) implements ArticleEvent {
	}

}
