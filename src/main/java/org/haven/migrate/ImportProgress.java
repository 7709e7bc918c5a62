package org.haven.migrate;

/**
 * How far an import is, for whoever watches it: the terminal's progress bar and the
 * admin's progress page both take these calls from the same importer.
 */
@FunctionalInterface
public interface ImportProgress {

	/** {@code done} of the export's {@code total} items have been read (and written). */
	void advanced(int done, int total);

	/**
	 * Every item is written; the content folder is now imported into the site, the last
	 * step.
	 */
	default void importingContent() {
	}

	/** For callers that do not watch. */
	static ImportProgress none() {
		return (done, total) -> {
		};
	}

}
