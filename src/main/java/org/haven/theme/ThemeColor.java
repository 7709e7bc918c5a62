package org.haven.theme;

/**
 * A colour setting's value as templates get it: {@code #rrggbb}, which is also what it
 * prints as.
 */
public record ThemeColor(String hex) {

	@Override
	public String toString() {
		return hex;
	}

}
