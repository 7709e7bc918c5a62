package org.haven.article;

import java.time.Clock;
import java.util.List;

import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acknowledging safe-messaging findings: an editor, admin or reviewer who judges a
 * flagged wording right for its article (a quotation, a title of a source) says why; the
 * reason is kept with the revision, and the finding no longer stops publishing. Who may
 * acknowledge is the caller's to check.
 */
@Service
public class SafeMessagingReview {

	private final EditorialQueries queries;

	private final SafeMessagingChecks checks;

	private final FindingAcknowledgementRepository acknowledgements;

	private final RevisionRepository revisions;

	private final Clock clock;

	SafeMessagingReview(EditorialQueries queries, SafeMessagingChecks checks,
			FindingAcknowledgementRepository acknowledgements, RevisionRepository revisions, Clock clock) {
		this.queries = queries;
		this.checks = checks;
		this.acknowledgements = acknowledgements;
		this.revisions = revisions;
		this.clock = clock;
	}

	/** Every finding of the article as it stands, acknowledged or not. */
	@Transactional(readOnly = true)
	public List<FindingView> findings(long articleId) {
		return queries.editable(articleId).safeMessaging();
	}

	@Transactional
	public List<FindingView> acknowledge(long articleId, String ruleId, String matched, String reason, String user) {
		if (reason.isBlank()) {
			throw new DraftRejected(List.of(new DraftProblem("reason",
					"Say why this wording is right here; the reason is kept with the revision.")));
		}
		EditableArticle article = queries.editable(articleId);
		boolean open = article.safeMessaging()
			.stream()
			.anyMatch(f -> f.open() && f.ruleId().equals(ruleId)
					&& FindingAcknowledgement.key(f.matched()).equals(FindingAcknowledgement.key(matched)));
		if (!open) {
			throw new DraftRejected(List.of(new DraftProblem("finding",
					"There is no open finding '" + matched + "' (" + ruleId + ") in this article any more.")));
		}
		int revision = revisions.lastNumber(articleId);
		acknowledgements.save(new FindingAcknowledgement(articleId, revision, ruleId, matched, reason.strip(), user,
				clock.instant()));
		return queries.editable(articleId).safeMessaging();
	}

}
