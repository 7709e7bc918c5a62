package org.haven.comment;

/**
 * What the reader is told after sending a comment. Spam is not revealed: it reads as
 * awaiting moderation. {@code HELD_FOR_CARE} means the crisis-language hold caught it:
 * the reader is shown where to find help.
 */
public enum SubmissionOutcome {

	AWAITING_MODERATION, HELD_FOR_CARE, PUBLISHED

}
