package org.haven.comment;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A comment in the moderation queue. {@code crisis} marks one held by the crisis-language
 * hold (shown first); {@code markdown} is its text as written, for the edit form;
 * {@code history} is who did what to it, and when.
 */
public record QueueItem(long id, String articleTitle, String articleUrl, String authorName, boolean gaveEmail,
		String html, String markdown, CommentStatus status, boolean crisis, int spamScore, String spamReasons,
		boolean fromPublication, @Nullable Long parentId, Instant createdAt, List<Audit> history) {

	public QueueItem {
		history = List.copyOf(history);
	}

	public String anchor() {
		return "comment-" + id;
	}

	/** One recorded step. */
	public record Audit(String action, String actor, Instant at) {
	}

}
