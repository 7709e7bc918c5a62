package org.haven.article;

/**
 * Someone saved the article after the editor opened it; {@link #current()} is their
 * version. Nothing was written.
 */
public class EditConflict extends RuntimeException {

	private final EditableArticle current;

	private final long expectedVersion;

	public EditConflict(EditableArticle current, long expectedVersion) {
		super("article " + current.id() + " is at version " + current.version() + ", not " + expectedVersion);
		this.current = current;
		this.expectedVersion = expectedVersion;
	}

	public EditableArticle current() {
		return current;
	}

	public long expectedVersion() {
		return expectedVersion;
	}

}
