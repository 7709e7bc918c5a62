package org.haven.migrate;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The latest WordPress import started from the admin, as its progress page shows it:
 * {@code done} of {@code total} items while it runs, then the report, or why it failed.
 */
public record UploadedImport(long id, String fileName, String startedBy, Instant startedAt, State state, int done,
		int total, boolean importingContent, @Nullable WordPressReport report, @Nullable String failure) {

	/** Where an import is. */
	public enum State {

		RUNNING, DONE, FAILED

	}

	public boolean running() {
		return state == State.RUNNING;
	}

	/** One sentence for the status line (read out by screen readers as it changes). */
	public String statusText() {
		return switch (state) {
			case RUNNING -> importingContent ? "All " + itemsText() + " written; importing them into the site."
					: "Reading the export: " + itemsText() + ".";
			case DONE -> "Done: " + itemsText() + " read.";
			case FAILED -> "The import failed after " + itemsText() + ".";
		};
	}

	/** "12 of 40 items", the words beside the bar. */
	public String itemsText() {
		return done + " of " + total + " items";
	}

}
