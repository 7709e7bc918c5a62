package org.haven.content.safemessaging;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** One compiled safe-messaging rule: reads a document and reports what it finds. */
sealed interface Rule permits MatchRule, NearRule, HelpLinkRule {

	String id();

	void check(Document document, Consumer<Finding> findings);

	/**
	 * Whether the rule could find anything in {@code text} (folded before code and links
	 * are masked, which only removes text), with these notes and tags: a quick test that
	 * lets most articles skip the checks.
	 */
	boolean mayApply(FoldedText text, Set<String> contentNotes, Set<String> tags);

	/**
	 * What a rule reads: the passages of text (front matter, body) and the slugs that
	 * describe the article.
	 */
	record Document(List<Passage> passages, int firstBodyLine, Set<String> contentNotes, Set<String> tags) {
	}

}
