package org.haven.common;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Comments brought in from another system (a WordPress export) by a module that knows
 * nothing of how Haven keeps them: the comments module implements this, and an importer
 * uses it when it is there.
 */
public interface CommentImporter {

	/** Imports or updates each comment, matched by its origin; never duplicates one. */
	Outcome importAll(List<Incoming> comments);

	/** The state a comment had where it came from. */
	enum Status {

		APPROVED, PENDING, SPAM, TRASH

	}

	/**
	 * One comment as the other system had it. {@code origin} names it there for good
	 * ({@code wordpress:<site>#comment-12}); {@code parentOrigin} is the comment it
	 * answers; {@code markdown} is its text, which is rendered with the few elements a
	 * reader's comment may use.
	 */
	record Incoming(String origin, String articleSlug, @Nullable String parentOrigin, String authorName,
			@Nullable String email, String markdown, Instant at, Status status) {
	}

	/**
	 * What happened: how many were added and updated, how many written in crisis language
	 * were held for a moderator instead of being shown, and each one skipped with why.
	 */
	record Outcome(int imported, int updated, int held, List<String> skipped) {

		public Outcome {
			skipped = List.copyOf(skipped);
		}

	}

}
