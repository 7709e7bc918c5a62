package org.haven.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Whether an edit changes what a reviewer approved, or is only a typo fix. The rule: any
 * change to a heading's text, any change in the number of list items, or more than
 * {@code staleAfterWords} words added, removed or replaced anywhere (body and FAQ) means
 * the reviewer must look again. Whitespace and line wrapping never count.
 */
final class ReviewStaleness {

	private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");

	private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+\\S.*$");

	private static final Pattern WORDS = Pattern.compile("\\s+");

	private ReviewStaleness() {
	}

	static boolean changesMeaning(String approved, String edited, int staleAfterWords) {
		if (!headings(approved).equals(headings(edited)) || listItems(approved) != listItems(edited)) {
			return true;
		}
		return changedWords(words(approved), words(edited)) > staleAfterWords;
	}

	static List<String> headings(String markdown) {
		List<String> headings = new ArrayList<>();
		boolean fenced = false;
		for (String line : markdown.split("\n", -1)) {
			if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
				fenced = !fenced;
			}
			var m = HEADING.matcher(line);
			if (!fenced && m.matches()) {
				headings.add(String.join(" ", words(m.group(1))));
			}
		}
		return headings;
	}

	static int listItems(String markdown) {
		return (int) markdown.lines().filter(line -> LIST_ITEM.matcher(line).matches()).count();
	}

	/** Words added, removed or replaced: the larger side of each differing run. */
	static int changedWords(List<String> before, List<String> after) {
		int changed = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
			changed += Math.max(delta.getSource().size(), delta.getTarget().size());
		}
		return changed;
	}

	private static List<String> words(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? List.of() : Arrays.asList(WORDS.split(stripped));
	}

}
