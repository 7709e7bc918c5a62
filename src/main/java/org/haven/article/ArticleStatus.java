package org.haven.article;

/**
 * Where an article is in its life. A published article with a future date is scheduled.
 */
public enum ArticleStatus {

	DRAFT, IN_REVIEW, PUBLISHED, UNPUBLISHED, ARCHIVED

}
