package org.haven.content.safemessaging;

import java.util.HashMap;
import java.util.Map;

/**
 * A text folded once ({@link Terms#fold}) that remembers which literal words it holds:
 * the rules' terms share many words ("suicide", "end"), and each is looked for in the
 * whole text only once.
 */
final class FoldedText {

	private final String folded;

	private final Map<String, Boolean> holds = new HashMap<>();

	private FoldedText(String folded) {
		this.folded = folded;
	}

	/** The text as written, folded. */
	static FoldedText of(String text) {
		return new FoldedText(Terms.fold(text));
	}

	/** Whether the folded text holds {@code literal} (lower case, single spaces). */
	boolean contains(String literal) {
		Boolean known = holds.get(literal);
		if (known == null) {
			known = folded.contains(literal);
			holds.put(literal, known);
		}
		return known;
	}

}
