package org.haven.article;

import java.time.Instant;

/**
 * One saved state of an article: who saved it, when, and the whole file (front matter +
 * Markdown).
 */
public record RevisionView(long articleId, int number, Instant createdAt, String createdBy, String source) {
}
