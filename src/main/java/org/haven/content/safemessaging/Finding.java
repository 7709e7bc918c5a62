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
 */
public record Finding(String ruleId, int line, int column, String matched, String reason, String suggestion) {

	@Override
	public String toString() {
		return line + ":" + column + " " + ruleId + " '" + matched + "'";
	}

}
