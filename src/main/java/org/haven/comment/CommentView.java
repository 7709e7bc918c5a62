package org.haven.comment;

import java.time.Instant;
import java.util.List;

/**
 * A published comment as readers see it, with its replies (one level). {@code html} is
 * sanitised; {@code fromPublication} marks a reply written by the publication.
 */
public record CommentView(long id, String authorName, String html, Instant createdAt, boolean fromPublication,
		List<CommentView> replies) {

	public CommentView {
		replies = List.copyOf(replies);
	}

	/** The comment as plain text (structured data). */
	public String text() {
		return CommentMarkdown.plain(html);
	}

	public String anchor() {
		return "comment-" + id;
	}

}
