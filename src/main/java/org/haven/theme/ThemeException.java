package org.haven.theme;

/** A theme that cannot be used, with the theme and file at fault. */
public class ThemeException extends RuntimeException {

	public ThemeException(String theme, String file, String reason) {
		super("theme '" + theme + "', " + file + ": " + reason);
	}

}
