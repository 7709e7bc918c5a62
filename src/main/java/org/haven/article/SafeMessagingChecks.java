package org.haven.article;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.haven.content.Slugs;
import org.haven.content.safemessaging.Finding;
import org.haven.content.safemessaging.SafeMessaging;
import org.haven.content.safemessaging.SafeMessagingInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The safe-messaging checks on an article as it would be written: every finding, with
 * positions in the body as the writer typed it, and whether someone acknowledged it. Open
 * findings stop publishing.
 */
@Component
class SafeMessagingChecks {

	private final SafeMessaging safeMessaging;

	private final FindingAcknowledgementRepository acknowledgements;

	SafeMessagingChecks(SafeMessaging safeMessaging, FindingAcknowledgementRepository acknowledgements) {
		this.safeMessaging = safeMessaging;
		this.acknowledgements = acknowledgements;
	}

	/**
	 * Every finding in {@code source} (the article's whole file), with the
	 * acknowledgements of article {@code id}.
	 */
	List<FindingView> review(@Nullable Long id, String source, ArticleDraft draft) {
		Set<String> tags = draft.tags().stream().map(Slugs::ofTag).collect(Collectors.toSet());
		SafeMessagingInput input = SafeMessagingInput.ofFile(source, Set.copyOf(draft.contentNotes()), tags);
		List<Finding> findings = safeMessaging.check(input);
		if (findings.isEmpty()) {
			return List.of();
		}
		List<FindingAcknowledgement> acks = id == null ? List.of()
				: acknowledgements.findByArticleIdOrderByCreatedAtDesc(id);
		int bodyLineOne = input.firstBodyLine() + leadingBlankLines(input.body());
		return findings.stream().map(f -> view(f, bodyLineOne, acks)).toList();
	}

	/**
	 * Where the writer finds {@code f}: a line of the body as typed, the fields above it,
	 * or the article as a whole.
	 */
	private static FindingView view(Finding f, int bodyLineOne, List<FindingAcknowledgement> acks) {
		FindingView.Acknowledged acknowledged = acks.stream()
			.filter(a -> a.covers(f.ruleId(), f.matched()))
			.findFirst()
			.map(a -> new FindingView.Acknowledged(a.getAcknowledgedBy(), a.getReason(), a.getRevision(),
					a.getCreatedAt()))
			.orElse(null);
		boolean inBody = f.line() >= bodyLineOne;
		int line = f.wholeArticle() ? -1 : inBody ? f.line() - bodyLineOne + 1 : 0;
		return new FindingView(f.ruleId(), line, inBody ? f.column() : 0, f.matched(), f.reason(), f.suggestion(),
				acknowledged);
	}

	private static int leadingBlankLines(String body) {
		int blank = 0;
		for (String line : body.split("\n", -1)) {
			if (!line.isBlank()) {
				break;
			}
			blank++;
		}
		return blank;
	}

}
