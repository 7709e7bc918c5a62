package org.haven.content.safemessaging;

import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;

/**
 * The {@code phrase} and {@code pattern} kinds: every match of one pattern in the text is
 * a finding.
 */
record MatchRule(String id, TermPattern pattern, String reason, String suggestion) implements Rule {

	@Override
	public void check(Document document, Consumer<Finding> findings) {
		for (Passage passage : document.passages()) {
			if (!pattern.mayMatchIn(passage.lowerText())) {
				continue;
			}
			Matcher m = pattern.pattern().matcher(passage.text());
			while (m.find()) {
				if (m.end() > m.start()) {
					findings.accept(new Finding(id, passage.line(m.start()), passage.column(m.start()),
							matched(m.group()), reason, suggestion));
				}
			}
		}
	}

	@Override
	public boolean mayApply(FoldedText text, Set<String> contentNotes, Set<String> tags) {
		return pattern.mayMatchIn(text);
	}

	/** The words as one line, however the writer wrapped or emphasised them. */
	static String matched(String text) {
		return text.replaceAll("[\\s*_>]+", " ").strip();
	}

}
