package org.haven.content.safemessaging;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A compiled term list with the words its matches must contain: for each term, the
 * literal words it is made of (a word ending in {@code *} by its stem). A text that holds
 * every word of no term is skipped without running the pattern, which is what keeps the
 * checks cheap on the many articles that never mention suicide. A {@code pattern} rule
 * names its words with {@code requires}; without them ({@code literals} empty) the
 * pattern always runs.
 */
record TermPattern(Pattern pattern, List<List<String>> literals) {

	/** Whether the pattern can match somewhere in {@code text}. */
	boolean mayMatchIn(FoldedText text) {
		if (literals.isEmpty()) {
			return true;
		}
		for (List<String> term : literals) {
			if (containsAll(text, term)) {
				return true;
			}
		}
		return false;
	}

	private static boolean containsAll(FoldedText text, List<String> words) {
		for (String word : words) {
			if (!text.contains(word)) {
				return false;
			}
		}
		return true;
	}

}
