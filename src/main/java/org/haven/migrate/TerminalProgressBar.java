package org.haven.migrate;

import java.io.PrintStream;

/**
 * The import's progress on a terminal: one line, redrawn in place ({@code \r}) when the
 * percentage moves, so a 50,000-item export prints a hundred updates, not 50,000.
 */
final class TerminalProgressBar implements ImportProgress {

	static final int WIDTH = 30;

	private final PrintStream out;

	private int shownPercent = -1;

	TerminalProgressBar(PrintStream out) {
		this.out = out;
	}

	@Override
	public void advanced(int done, int total) {
		int percent = total == 0 ? 100 : (int) (100L * done / total);
		if (percent != shownPercent) {
			shownPercent = percent;
			out.print("\r" + line(done, total));
			out.flush();
		}
	}

	@Override
	public void importingContent() {
		out.println();
		out.println("Importing the written files into the site…");
	}

	/** {@code [#########.....]  45% 90 of 200 items}. */
	static String line(int done, int total) {
		int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
		int percent = total == 0 ? 100 : (int) (100L * done / total);
		return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled)
				+ "] %3d%% %d of %d items".formatted(percent, done, total);
	}

}
