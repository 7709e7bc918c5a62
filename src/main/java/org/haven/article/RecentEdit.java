package org.haven.article;

import java.time.Instant;

/** A revision on the dashboard: which article, who saved it and when. */
public record RecentEdit(long articleId, String title, int number, String createdBy, Instant createdAt) {
}
