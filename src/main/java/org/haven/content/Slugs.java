package org.haven.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Slugs are lowercase ASCII words joined by hyphens: "Self-compassion & CBT" becomes
 * "self-compassion-cbt", "Straße" becomes "strasse". Only a tag may have a slug in
 * another script ({@link #ofTag}), because a tag is free text that a reader may write in
 * any language, while articles, pages and categories need an address that anyone can
 * type. {@code admin-assets/slug.js} implements {@link #of} for the editor's suggestions
 * and must agree with it.
 */
public final class Slugs {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/**
	 * Latin letters that are not a base letter plus accents, so stripping marks leaves
	 * them as they are.
	 */
	private static final Map<Character, String> LATIN = Map.ofEntries(Map.entry('ß', "ss"), Map.entry('ẞ', "ss"),
			Map.entry('æ', "ae"), Map.entry('Æ', "ae"), Map.entry('œ', "oe"), Map.entry('Œ', "oe"), Map.entry('ø', "o"),
			Map.entry('Ø', "o"), Map.entry('ł', "l"), Map.entry('Ł', "l"), Map.entry('đ', "d"), Map.entry('Đ', "d"),
			Map.entry('ð', "d"), Map.entry('Ð', "d"), Map.entry('þ', "th"), Map.entry('Þ', "th"), Map.entry('ı', "i"),
			Map.entry('ħ', "h"), Map.entry('Ħ', "h"), Map.entry('ŧ', "t"), Map.entry('Ŧ', "t"));

	private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

	private static final Pattern NON_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

	private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-+[a-z0-9]+)*");

	private Slugs() {
	}

	/**
	 * The ASCII slug of {@code text}: compatibility forms and accents go (NFKD, then
	 * combining marks removed), the Latin letters that have no decomposition are spelled
	 * out ({@code ß} as {@code ss}, {@code ø} as {@code o}), and every run of anything
	 * but ASCII letters and digits becomes one hyphen. Empty when {@code text} has no
	 * Latin letter or digit.
	 */
	public static String of(String text) {
		String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		StringBuilder latin = new StringBuilder(stripped.length());
		for (int i = 0; i < stripped.length(); i++) {
			char c = stripped.charAt(i);
			String spelled = LATIN.get(c);
			if (spelled != null) {
				latin.append(spelled);
			}
			else {
				latin.append(c);
			}
		}
		return trimHyphens(NON_WORD.matcher(latin.toString().toLowerCase(Locale.ROOT)).replaceAll("-"));
	}

	/**
	 * A tag's slug: {@link #of} when the name has a Latin letter or digit, otherwise the
	 * name's own letters and digits in lowercase (NFC), joined by hyphens ("Тревога"
	 * becomes "тревога"), so a tag in another script is kept rather than dropped. Empty
	 * only when the name has no letter or digit at all.
	 */
	public static String ofTag(String name) {
		String ascii = of(name);
		if (!ascii.isEmpty()) {
			return ascii;
		}
		String composed = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		return trimHyphens(NON_LETTER_OR_DIGIT.matcher(composed).replaceAll("-"));
	}

	/**
	 * Whether {@code slug} is an ASCII slug, as articles, pages and categories need.
	 * Doubled hyphens are allowed because Hugo accepts them and old addresses use them.
	 */
	public static boolean isValid(String slug) {
		return VALID.matcher(slug).matches();
	}

	private static String trimHyphens(String s) {
		int start = 0;
		int end = s.length();
		while (start < end && s.charAt(start) == '-') {
			start++;
		}
		while (end > start && s.charAt(end - 1) == '-') {
			end--;
		}
		return s.substring(start, end);
	}

}
