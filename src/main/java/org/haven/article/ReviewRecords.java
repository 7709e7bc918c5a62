package org.haven.article;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.haven.content.ContentException;
import org.haven.content.ContentReader;
import org.haven.taxonomy.Categories;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The bookkeeping of clinical review: when the next review falls due, the sign-offs kept
 * for an article's history, and whether an edit made the last approval stale.
 */
@Component
class ReviewRecords {

	/** A sign-off to record with the revision it concerns. */
	record Action(ReviewDecision decision, @Nullable Reviewer reviewer, @Nullable String comment,
			@Nullable LocalDate reviewedOn) {
	}

	private final SignOffRepository signOffs;

	private final RevisionRepository revisions;

	private final Categories categories;

	private final ReviewProperties properties;

	private final ContentReader reader;

	ReviewRecords(SignOffRepository signOffs, RevisionRepository revisions, Categories categories,
			ReviewProperties properties, ContentReader reader) {
		this.signOffs = signOffs;
		this.revisions = revisions;
		this.categories = categories;
		this.properties = properties;
		this.reader = reader;
	}

	/**
	 * When reviews fall due, with the categories' intervals read once (an import
	 * schedules thousands).
	 */
	Schedule schedule() {
		return new Schedule(categories.reviewIntervals(), properties.intervalMonths());
	}

	/** The review intervals of the categories, and the site's for the rest. */
	record Schedule(Map<String, Integer> monthsByCategory, int defaultMonths) {

		/**
		 * The date the article names, or its last review plus its category's (or the
		 * site's) interval.
		 */
		@Nullable LocalDate nextReview(@Nullable LocalDate named, @Nullable LocalDate lastReviewed, String category) {
			if (named != null || lastReviewed == null) {
				return named;
			}
			return lastReviewed.plusMonths(monthsByCategory.getOrDefault(category, defaultMonths));
		}

	}

	/**
	 * Keeps {@code action} in the history of the article, about {@code revision}, and
	 * marks that revision reviewed.
	 */
	void record(Article article, int revision, Action action, Instant now) {
		signOffs.save(new SignOff(article.getId(), revision,
				action.reviewer() == null ? article.getReview().reviewer() : action.reviewer().authorSlug(), action,
				now));
		if (action.decision() != ReviewDecision.CHANGES_REQUESTED) {
			article.getReview().reviewedAt(revision);
		}
	}

	/**
	 * Whether the article's approval still covers it once its body reads
	 * {@code editedBody}: it was approved, no edit since made the review stale, and this
	 * one changes no more than a typo of the approved text.
	 */
	boolean stillCurrent(Article article, String editedBody) {
		Integer approved = article.getReview().reviewedRevision();
		if (approved == null || article.getReview().stale()) {
			return false;
		}
		String approvedBody = revisions.findByArticleIdAndNumber(article.getId(), approved)
			.map(r -> body(r.getSource()))
			.orElse("");
		return !ReviewStaleness.changesMeaning(approvedBody, editedBody, properties.staleAfterWords());
	}

	List<SignOffView> history(long articleId) {
		return signOffs.findByArticleIdOrderByCreatedAtDescIdDesc(articleId).stream().map(SignOff::view).toList();
	}

	private String body(String source) {
		try {
			return reader.read("articles/reviewed.md", source.getBytes(StandardCharsets.UTF_8)).markdown();
		}
		catch (ContentException ex) {
			return "";
		}
	}

}
