package org.haven.content;

/** A content file that was not imported: which file, which line, and why. */
public record ImportProblem(String file, int line, String reason) {

	@Override
	public String toString() {
		return file + ":" + line + ": " + reason;
	}

}
