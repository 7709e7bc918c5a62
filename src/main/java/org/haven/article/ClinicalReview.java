package org.haven.article;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.haven.config.SiteProperties;
import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.springframework.stereotype.Service;

/**
 * Clinical sign-off of articles in review. An approval records the reviewer, the day (in
 * the site's time zone) and the revision approved, and sets the next review; a request
 * for changes sends the article back with a comment. Every decision is kept in the
 * article's history.
 */
@Service
public class ClinicalReview {

	private final ArticleEditing editing;

	private final ReviewRecords records;

	private final Clock clock;

	private final SiteProperties site;

	ClinicalReview(ArticleEditing editing, ReviewRecords records, Clock clock, SiteProperties site) {
		this.editing = editing;
		this.records = records;
		this.clock = clock;
		this.site = site;
	}

	public EditableArticle approve(long id, long expectedVersion, Reviewer reviewer, String comment) {
		return decide(id, expectedVersion, reviewer, ReviewDecision.APPROVED, comment);
	}

	public EditableArticle requestChanges(long id, long expectedVersion, Reviewer reviewer, String comment) {
		if (comment.isBlank()) {
			throw new DraftRejected(List
				.of(new DraftProblem("comment", "Say what needs to change, so the writer knows what to do next.")));
		}
		return decide(id, expectedVersion, reviewer, ReviewDecision.CHANGES_REQUESTED, comment);
	}

	/**
	 * Every sign-off of the article, newest first, including reviews that came with
	 * imported files.
	 */
	public List<SignOffView> history(long articleId) {
		return records.history(articleId);
	}

	private EditableArticle decide(long id, long expectedVersion, Reviewer reviewer, ReviewDecision decision,
			String comment) {
		LocalDate today = LocalDate.now(clock.withZone(site.timeZone()));
		ReviewRecords.Action action = new ReviewRecords.Action(decision, reviewer,
				comment.isBlank() ? null : comment.strip(), decision == ReviewDecision.APPROVED ? today : null);
		return editing.signOff(id, expectedVersion, action, records.schedule(), reviewer.account());
	}

}
