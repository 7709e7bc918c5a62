package org.haven.content.safemessaging;

/**
 * One place where an article breaks a safe-messaging rule.
 *
 * @param ruleId the rule's id, as in {@code safe-messaging.yaml}
 * @param line 1-based line, counted from {@code firstBodyLine} for the body (and from
 * line 2 for front matter)
 * @param column 1-based column in that line, as the writer typed it
 * @param matched the words that matched, or for a document-level rule the note or tag
 * that called for it
 * @param reason why the wording matters, for the writer
 * @param suggestion what to write instead (may be empty)
 * @param wholeArticle the rule is about the article as a whole (reported where its body
 * begins)
 */
public record Finding(String ruleId, int line, int column, String matched, String reason, String suggestion,
		boolean wholeArticle) {

	/** A finding at one place in the text. */
	public Finding(String ruleId, int line, int column, String matched, String reason, String suggestion) {
		this(ruleId, line, column, matched, reason, suggestion, false);
	}

	@Override
	public String toString() {
		return line + ":" + column + " " + ruleId + " '" + matched + "'";
	}

}
