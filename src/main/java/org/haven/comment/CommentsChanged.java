package org.haven.comment;

/**
 * What readers see of an article's comments changed (one approved, edited, hidden or
 * deleted): pages that show the article, and the comment feeds, must be prepared again.
 */
public record CommentsChanged(long articleId) {
}
