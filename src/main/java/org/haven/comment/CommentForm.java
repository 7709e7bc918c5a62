package org.haven.comment;

import org.jspecify.annotations.Nullable;

/**
 * What a reader sent: the article, the comment replied to (if any), a name, an optional
 * e-mail and whether to hear about replies, the text, and what the form protection
 * noticed.
 */
public record CommentForm(String articleSlug, @Nullable Long parentId, String name, @Nullable String email,
		boolean notifyReplies, String body, boolean honeypotFilled, boolean tooFast) {
}
