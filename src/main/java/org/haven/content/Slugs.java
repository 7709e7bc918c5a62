package org.haven.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Slugs are lowercase ASCII words joined by hyphens: "Self-compassion & CBT" becomes "self-compassion-cbt". */
public final class Slugs {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

	private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private Slugs() {
	}

	public static String of(String text) {
		String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		String slug = NON_WORD.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
		return trimHyphens(slug);
	}

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
