package org.haven.article;

/** What a clinical reviewer decided about the revision in front of them. */
public enum ReviewDecision {

	/** The revision is clinically sound: readers see "Clinically reviewed by …". */
	APPROVED,

	/** The article goes back to its writer as a draft, with the reviewer's comment. */
	CHANGES_REQUESTED,

	/**
	 * A review that arrived with an imported file ({@code reviewed_by},
	 * {@code last_reviewed}): files are trusted.
	 */
	IMPORTED

}
