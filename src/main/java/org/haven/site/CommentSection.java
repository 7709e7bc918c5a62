package org.haven.site;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.haven.comment.CommentView;
import org.haven.publicform.FormProtection;

/**
 * The comments part of an article page. {@code shown}: comments are on for this article
 * at all; {@code open}: it still takes new ones (else the published ones show, without a
 * form). {@code draft} is what the reader wrote, kept when the form comes back with a
 * problem. {@code action} is where the form posts.
 */
public record CommentSection(boolean shown, boolean open, List<CommentView> comments, int count, String action,
		FormProtection protection, Draft draft, int maxLength) {

	public CommentSection {
		comments = List.copyOf(comments);
	}

	/** What a reader typed into the form. */
	public record Draft(String name, String email, boolean notifyReplies, String body, @Nullable Long parent) {

		static final Draft EMPTY = new Draft("", "", false, "", null);

	}

}
