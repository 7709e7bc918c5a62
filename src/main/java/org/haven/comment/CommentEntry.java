package org.haven.comment;

import java.time.Instant;

/** A published comment for a feed: where it was left, by whom, when, and its text. */
public record CommentEntry(long id, long articleId, String authorName, String html, Instant createdAt) {
}
