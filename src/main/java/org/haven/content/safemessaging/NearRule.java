package org.haven.content.safemessaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;

/**
 * The {@code near} kind: a term found within {@code within} words of a second term, in
 * the same paragraph, is a finding at the first term. Adjacent words are 1 word apart.
 */
record NearRule(String id, TermPattern terms, TermPattern near, int within, String reason,
		String suggestion) implements Rule {

	@Override
	public void check(Document document, Consumer<Finding> findings) {
		for (Passage passage : document.passages()) {
			if (!near.mayMatchIn(passage.lowerText()) || !terms.mayMatchIn(passage.lowerText())) {
				continue;
			}
			List<int[]> anchors = new ArrayList<>();
			for (Matcher m = near.pattern().matcher(passage.text()); m.find();) {
				anchors.add(new int[] { m.start(), m.end() });
			}
			if (anchors.isEmpty()) {
				continue;
			}
			for (Matcher m = terms.pattern().matcher(passage.text()); m.find();) {
				if (isNear(passage, m.start(), m.end(), anchors)) {
					findings.accept(new Finding(id, passage.line(m.start()), passage.column(m.start()),
							MatchRule.matched(m.group()), reason, suggestion));
				}
			}
		}
	}

	@Override
	public boolean mayApply(FoldedText text, Set<String> contentNotes, Set<String> tags) {
		return terms.mayMatchIn(text) && near.mayMatchIn(text);
	}

	private boolean isNear(Passage passage, int start, int end, List<int[]> anchors) {
		for (int[] anchor : anchors) {
			if (passage.block(anchor[0]) != passage.block(start)) {
				continue;
			}
			int distance;
			if (anchor[0] >= end) {
				distance = passage.word(anchor[0]) - passage.word(end - 1);
			}
			else if (anchor[1] <= start) {
				distance = passage.word(start) - passage.word(anchor[1] - 1);
			}
			else {
				distance = 0;
			}
			if (distance <= within) {
				return true;
			}
		}
		return false;
	}

}
