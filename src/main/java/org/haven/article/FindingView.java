package org.haven.article;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A safe-messaging finding as the editor shows it: the rule, where it is in the body the
 * writer typed ({@code line} and {@code column}; line 0 means the title, summary or FAQ),
 * the words, why they matter and what to write instead, and whether someone acknowledged
 * it (who, why, on which revision).
 */
public record FindingView(String ruleId, int line, int column, String matched, String reason, String suggestion,
		@Nullable Acknowledged acknowledged) {

	/** Who judged the wording right here, why, and on which revision. */
	public record Acknowledged(String by, String reason, int revision, Instant at) {
	}

	public boolean open() {
		return acknowledged == null;
	}

	/** Where a writer finds it: "line 3, column 7", or the fields above the body. */
	public String where() {
		if (line < 0) {
			return "the article as a whole";
		}
		return line > 0 ? "line " + line + ", column " + column : "title, summary or FAQ";
	}

}
