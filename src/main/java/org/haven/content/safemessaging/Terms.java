package org.haven.content.safemessaging;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a list of plain-language terms into one pattern that matches any of them as whole
 * words, in any case. A word ending in {@code *} matches any ending ({@code suicid*}), a
 * lone {@code *} any one word ({@code took * own life}). Words may be separated by any
 * spacing, a line break, or emphasis and quote markers, as Markdown allows.
 */
final class Terms {

	private static final String WORD_CHAR = "[\\p{L}\\p{N}]";

	private static final String GAP = "[\\s*_>]+";

	private Terms() {
	}

	/** An empty list matches nothing. */
	static Pattern compile(List<String> terms) {
		if (terms.stream().allMatch(String::isBlank)) {
			return Pattern.compile("(?!)");
		}
		String alternatives = terms.stream()
			.map(String::strip)
			.filter(term -> !term.isEmpty())
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Terms::term)
			.collect(Collectors.joining("|"));
		return Pattern.compile("(?<!" + WORD_CHAR + ")(?:" + alternatives + ")(?!" + WORD_CHAR + ")",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	private static String term(String term) {
		return List.of(term.split("\\s+")).stream().map(Terms::word).collect(Collectors.joining(GAP));
	}

	private static String word(String word) {
		if (word.equals("*")) {
			return WORD_CHAR + "+(?:['’-]" + WORD_CHAR + "+)*";
		}
		if (word.endsWith("*")) {
			return Pattern.quote(word.substring(0, word.length() - 1)) + "[\\p{L}\\p{N}'’-]*";
		}
		return Pattern.quote(word);
	}

}
