package org.haven.site;

import org.jspecify.annotations.Nullable;

import org.haven.article.ArticleCard;

/**
 * The page a reader sees after sending a comment. {@code outcome} is the
 * {@code SubmissionOutcome} name when the comment was taken; otherwise {@code problem}
 * names what was wrong ({@code CROSS_SITE}, {@code TOO_LONG}...) and {@code section}
 * carries the form back with their text. {@code article} is null when the article is
 * unknown.
 */
public record CommentReply(@Nullable ArticleCard article, @Nullable String outcome, @Nullable String problem,
		@Nullable CommentSection section) {

	public boolean heldForCare() {
		return "HELD_FOR_CARE".equals(outcome);
	}

	public boolean published() {
		return "PUBLISHED".equals(outcome);
	}

}
