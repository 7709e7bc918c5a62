package org.haven.content.safemessaging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

	/**
	 * The ASCII characters that fold to a gap: what {@link Character#isWhitespace} says,
	 * and emphasis and quote markers.
	 */
	private static final boolean[] ASCII_GAP = asciiGaps();

	private Terms() {
	}

	/**
	 * The pattern, and for each term the literal words every match of it contains. An
	 * empty list matches nothing.
	 */
	static TermPattern compile(List<String> terms) {
		if (terms.stream().allMatch(String::isBlank)) {
			return new TermPattern(Pattern.compile("(?!)"), List.of(List.of("\u0000")));
		}
		List<List<String>> literals = new ArrayList<>();
		for (String term : terms) {
			if (term.isBlank()) {
				continue;
			}
			// runs of whole words become one phrase ("my life"); a stem ("end*") stands
			// alone; "*" breaks a run
			List<String> words = new ArrayList<>();
			StringBuilder run = new StringBuilder();
			for (String word : term.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
				boolean whole = !word.endsWith("*");
				String literal = whole ? word : word.substring(0, word.length() - 1);
				if (whole && !literal.isEmpty()) {
					run.append(run.isEmpty() ? "" : " ").append(literal);
					continue;
				}
				if (!run.isEmpty()) {
					words.add(run.toString());
					run.setLength(0);
				}
				if (!literal.isEmpty()) {
					words.add(literal);
				}
			}
			if (!run.isEmpty()) {
				words.add(run.toString());
			}
			if (words.isEmpty()) {
				return new TermPattern(pattern(terms), List.of());
			}
			literals.add(List.copyOf(words));
		}
		return new TermPattern(pattern(terms), List.copyOf(literals));
	}

	/**
	 * Lower case, with every run of spacing, emphasis and quote markers as one space:
	 * what the literals are found in.
	 */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		boolean gap = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < ASCII_GAP.length ? ASCII_GAP[c] : Character.isWhitespace(c)) {
				gap = true;
				continue;
			}
			if (gap && !folded.isEmpty()) {
				folded.append(' ');
			}
			gap = false;
			// most text is ASCII: lower case without Character's tables
			folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c < 128 ? c : Character.toLowerCase(c));
		}
		return folded.toString();
	}

	private static boolean[] asciiGaps() {
		boolean[] gaps = new boolean[128];
		for (char c = 0; c < gaps.length; c++) {
			gaps[c] = Character.isWhitespace(c) || c == '*' || c == '_' || c == '>';
		}
		return gaps;
	}

	private static Pattern pattern(List<String> terms) {
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
