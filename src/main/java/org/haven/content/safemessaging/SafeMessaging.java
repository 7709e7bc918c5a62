package org.haven.content.safemessaging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Checks how an article writes about suicide and self-harm against the safe-messaging
 * rules in force, and says where (line and column as typed) and what to write instead.
 * Code, URLs and markup are never checked; everything a reader reads is.
 */
@Component
public class SafeMessaging {

	private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::line)
		.thenComparingInt(Finding::column)
		.thenComparing(Finding::ruleId);

	private final SafeMessagingRules rules;

	public SafeMessaging(SafeMessagingRules rules) {
		this.rules = rules;
	}

	/** Every finding, in the order they appear; empty when the article reads safely. */
	public List<Finding> check(SafeMessagingInput input) {
		List<Rule> rules = applicable(input);
		if (rules.isEmpty()) {
			return List.of();
		}
		List<Passage> passages = new ArrayList<>();
		if (!input.frontMatter().isBlank()) {
			passages.add(MarkdownMask.frontMatter(input.frontMatter(), 2));
		}
		passages.add(MarkdownMask.body(input.body(), input.firstBodyLine()));
		Rule.Document document = new Rule.Document(passages, input.firstBodyLine(), input.contentNotes(), input.tags());
		List<Finding> findings = new ArrayList<>();
		for (Rule rule : rules) {
			rule.check(document, findings::add);
		}
		findings.sort(ORDER);
		return List.copyOf(findings);
	}

	/**
	 * The rules that could find anything here; usually none, and then nothing is masked
	 * or scanned.
	 */
	private List<Rule> applicable(SafeMessagingInput input) {
		FoldedText text = FoldedText.of(input.frontMatter() + "\n" + input.body());
		return rules.rules().stream().filter(rule -> rule.mayApply(text, input.contentNotes(), input.tags())).toList();
	}

}
