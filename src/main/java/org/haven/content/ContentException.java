package org.haven.content;

/** A content file that cannot be read, named with the line where the problem is. */
public class ContentException extends RuntimeException {

	private final String file;

	private final int line;

	private final String reason;

	public ContentException(String file, int line, String reason) {
		super(file + ":" + line + ": " + reason);
		this.file = file;
		this.line = line;
		this.reason = reason;
	}

	public String file() {
		return file;
	}

	public int line() {
		return line;
	}

	public String reason() {
		return reason;
	}

}
