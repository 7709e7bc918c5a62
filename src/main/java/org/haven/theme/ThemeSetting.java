package org.haven.theme;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One setting a theme declares in {@code theme.yaml}: its default, its type
 * ({@code color}, {@code boolean}, {@code number} or {@code text}), the label an admin
 * sees and, for a number, the smallest and largest value allowed. Values are checked
 * against the type and reach templates typed ({@link #valueOf}), so a template never
 * parses one and never gets a colour that is not one.
 */
public record ThemeSetting(String key, String defaultValue, String type, String label, int min, int max) {

	/** The widest range of a number setting: six digits either way. */
	public static final int NUMBER_LIMIT = 999_999;

	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

	private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,6}");

	private static final int MAX_TEXT = 500;

	public ThemeSetting {
		type = switch (type) {
			case "color", "boolean", "number" -> type;
			default -> "text";
		};
		label = label.isBlank() ? key : label;
		min = Math.max(min, -NUMBER_LIMIT);
		max = Math.min(max, NUMBER_LIMIT);
		if (min > max) {
			throw new IllegalArgumentException("'min' " + min + " is more than 'max' " + max);
		}
	}

	public ThemeSetting(String key, String defaultValue, String type, String label) {
		this(key, defaultValue, type, label, -NUMBER_LIMIT, NUMBER_LIMIT);
	}

	/**
	 * The same declaration with another default, for a theme that only changes its
	 * parent's default.
	 */
	ThemeSetting withDefault(String value) {
		return new ThemeSetting(key, value, type, label, min, max);
	}

	/**
	 * {@code text} as templates get it: a {@link Boolean}, an {@link Integer}, a
	 * {@link ThemeColor} or the text itself; empty when it does not fit the type.
	 */
	public Optional<Object> valueOf(String text) {
		return switch (type) {
			case "color" -> COLOR.matcher(text).matches() ? Optional.of(new ThemeColor(text)) : Optional.empty();
			case "boolean" ->
				text.equals("true") || text.equals("false") ? Optional.of(Boolean.valueOf(text)) : Optional.empty();
			case "number" -> NUMBER.matcher(text).matches() && inRange(Integer.parseInt(text))
					? Optional.of(Integer.valueOf(text)) : Optional.empty();
			default -> text.length() <= MAX_TEXT ? Optional.of(text) : Optional.empty();
		};
	}

	/**
	 * What is wrong with {@code value} for this setting, in words; empty if it is fine.
	 */
	public Optional<String> problemWith(String value) {
		if (valueOf(value).isPresent()) {
			return Optional.empty();
		}
		return Optional.of(switch (type) {
			case "color" -> "Give a colour as # and six hexadecimal digits, for example #2f6f62.";
			case "boolean" -> "Choose on or off.";
			case "number" -> min == -NUMBER_LIMIT && max == NUMBER_LIMIT ? "Give a whole number."
					: "Give a whole number from " + min + " to " + max + ".";
			default -> "Keep it under " + MAX_TEXT + " characters.";
		});
	}

	private boolean inRange(int number) {
		return number >= min && number <= max;
	}

}
