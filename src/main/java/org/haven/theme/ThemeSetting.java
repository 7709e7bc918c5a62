package org.haven.theme;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One setting a theme declares in {@code theme.yaml}: its default, its type ({@code color}, {@code boolean},
 * {@code number} or {@code text}) and the label an admin sees. Values an admin enters are checked against the type,
 * so a template never gets a colour that is not one.
 */
public record ThemeSetting(String key, String defaultValue, String type, String label) {

	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

	private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,6}");

	private static final int MAX_TEXT = 500;

	public ThemeSetting {
		type = switch (type) {
			case "color", "boolean", "number" -> type;
			default -> "text";
		};
		label = label.isBlank() ? key : label;
	}

	/** What is wrong with {@code value} for this setting, in words; empty if it is fine. */
	public Optional<String> problemWith(String value) {
		boolean fine = switch (type) {
			case "color" -> COLOR.matcher(value).matches();
			case "boolean" -> value.equals("true") || value.equals("false");
			case "number" -> NUMBER.matcher(value).matches();
			default -> value.length() <= MAX_TEXT;
		};
		if (fine) {
			return Optional.empty();
		}
		return Optional.of(switch (type) {
			case "color" -> "Give a colour as # and six hexadecimal digits, for example #2f6f62.";
			case "boolean" -> "Choose on or off.";
			case "number" -> "Give a whole number.";
			default -> "Keep it under " + MAX_TEXT + " characters.";
		});
	}

}
