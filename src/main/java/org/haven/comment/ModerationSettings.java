package org.haven.comment;

import java.util.List;

/**
 * What an admin tunes for comments.
 *
 * @param enabled comments on the whole site
 * @param closeAfterDays an article stops taking comments this many days after it was
 * published (0: never)
 * @param autoApprove approve at once a commenter whose earlier comment was approved
 * (matched by a hash of their e-mail), unless the comment looks suspicious or is held
 * @param holdThreshold a spam score from here up keeps a comment pending, whoever wrote
 * it
 * @param spamThreshold a spam score from here up marks a comment as spam: never shown
 * @param bannedWords words and phrases that count towards the spam score
 */
public record ModerationSettings(boolean enabled, int closeAfterDays, boolean autoApprove, int holdThreshold,
		int spamThreshold, List<String> bannedWords) {

	public ModerationSettings {
		bannedWords = List.copyOf(bannedWords);
		if (holdThreshold < 1 || spamThreshold <= holdThreshold) {
			throw new IllegalArgumentException("The spam threshold must be above the hold threshold, both above 0");
		}
		if (closeAfterDays < 0) {
			throw new IllegalArgumentException("Days before closing cannot be negative");
		}
	}

	/** The banned words one a line, as the settings form shows them. */
	public String bannedWordsText() {
		return String.join("\n", bannedWords);
	}

}
