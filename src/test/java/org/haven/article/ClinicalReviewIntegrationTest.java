package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;

import org.haven.content.ContentProperties;
import org.haven.content.DraftRejected;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.HtmlChecker;
import org.haven.support.Http;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clinical sign-off: who may sign off what, what an approval records, when it goes stale,
 * and the review queue.
 */
@EditorIntegrationTest
class ClinicalReviewIntegrationTest {

	static final String WRITER = "writer@haven.test";

	static final Reviewer SAM = new Reviewer("sam@haven.test", "sam-reyes");

	static final Reviewer PRIYA = new Reviewer("priya@haven.test", "priya-nandakumar");

	@Autowired
	ArticleEditing editing;

	@Autowired
	ClinicalReview review;

	@Autowired
	ReviewQueue queue;

	@Autowired
	EditorialQueries queries;

	@Autowired
	Articles articles;

	@Autowired
	ContentProperties content;

	@Autowired
	MutableClock clock;

	@Autowired
	ReviewDatesRollover rollover;

	@LocalServerPort
	int port;

	@AfterEach
	void reset() {
		clock.set(EditorIntegrationTest.NOW);
	}

	@Test
	void anApprovalRecordsTheReviewerTheDayAndTheRevisionAndSetsTheNextReview() throws IOException {
		EditableArticle inReview = inReview("approved");

		EditableArticle approved = review.approve(inReview.id(), inReview.version(), SAM, "Clear and accurate.");

		LocalDate today = LocalDate.of(2026, 11, 23);
		assertThat(approved.review()).isEqualTo(new ReviewStatus("sam-reyes", today, today.plusMonths(12), false));
		assertThat(approved.status()).isEqualTo(ArticleStatus.IN_REVIEW);
		assertThat(review.history(inReview.id())).singleElement().satisfies(s -> {
			assertThat(s.decision()).isEqualTo(ReviewDecision.APPROVED);
			assertThat(s.reviewerAccount()).isEqualTo("sam@haven.test");
			assertThat(s.revision()).isEqualTo(queries.revisions(inReview.id()).get(0).number());
			assertThat(s.comment()).isEqualTo("Clear and accurate.");
		});
		assertThat(Files.readString(content.dir().resolve("articles/" + approved.draft().slug() + ".md")))
			.contains("reviewed_by: sam-reyes", "last_reviewed: '2026-11-23'", "next_review: '2027-11-23'");

		EditableArticle live = editing.publish(approved.id(), approved.version(), approved.draft(), null, WRITER);
		ArticleDetail page = articles.published(live.draft().slug()).orElseThrow();
		assertThat(page.reviewCurrent()).isTrue();
		assertThat(page.reviewer().credentials()).isNotBlank();
	}

	@Test
	void aSaveCannotSetOrChangeTheReviewer() {
		EditableArticle created = editing.create(
				Drafts.publishable(Drafts.uniqueSlug("self-made")).withReview("sam-reyes", LocalDate.of(2026, 1, 1)),
				WRITER);

		assertThat(created.review().reviewed()).isFalse();
		assertThat(created.draft().reviewer()).isNull();
	}

	@Test
	void nobodySignsOffAnArticleTheyStartedOrWrote() {
		EditableArticle started = editing.create(Drafts.publishable(Drafts.uniqueSlug("own")), SAM.account());
		EditableArticle inReview = editing.submitForReview(started.id(), started.version(), started.draft(),
				SAM.account());
		assertThatThrownBy(() -> review.approve(inReview.id(), inReview.version(), SAM, ""))
			.isInstanceOf(SelfReviewRefused.class);

		EditableArticle byMaya = inReview("by-maya");
		Reviewer maya = new Reviewer("maya@haven.test", "maya-okafor");
		assertThatThrownBy(() -> review.approve(byMaya.id(), byMaya.version(), maya, ""))
			.isInstanceOf(SelfReviewRefused.class);
		assertThat(review.history(byMaya.id())).isEmpty();
	}

	@Test
	void onlyAnArticleInReviewCanBeSignedOffAndChangesNeedAComment() {
		EditableArticle draft = editing.create(Drafts.publishable(Drafts.uniqueSlug("draft")), WRITER);
		assertThatThrownBy(() -> review.approve(draft.id(), draft.version(), SAM, ""))
			.isInstanceOf(DraftRejected.class);

		EditableArticle inReview = inReview("changes");
		assertThatThrownBy(() -> review.requestChanges(inReview.id(), inReview.version(), SAM, " "))
			.isInstanceOf(DraftRejected.class);

		EditableArticle returned = review.requestChanges(inReview.id(), inReview.version(), SAM,
				"Cite the NICE guidance.");
		assertThat(returned.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(returned.review().reviewed()).isFalse();
		assertThat(review.history(inReview.id())).singleElement()
			.satisfies(s -> assertThat(s.decision()).isEqualTo(ReviewDecision.CHANGES_REQUESTED));
	}

	@Test
	void twoReviewersAtOnceGetOneConflictAndNothingIsLost() {
		EditableArticle inReview = inReview("race");

		review.approve(inReview.id(), inReview.version(), SAM, "");

		assertThatThrownBy(() -> review.approve(inReview.id(), inReview.version(), PRIYA, ""))
			.isInstanceOf(EditConflict.class);
		assertThat(review.history(inReview.id())).singleElement()
			.satisfies(s -> assertThat(s.reviewerSlug()).isEqualTo("sam-reyes"));
	}

	@Test
	void aTypoFixKeepsTheReviewButARewriteMakesItStaleAndKeepsTheOldDate() {
		EditableArticle approved = approvedAndLive("stale");
		String slug = approved.draft().slug();

		EditableArticle typo = editing.save(approved.id(), approved.version(),
				Drafts.withBody(approved.draft(), approved.draft().body().replace("louder", "loudre")), WRITER);
		assertThat(typo.review().stale()).isFalse();

		EditableArticle rewritten = editing.save(typo.id(), typo.version(),
				Drafts.withBody(typo.draft(),
						typo.draft().body() + "\n## A new section\n\nWith new advice that nobody has reviewed yet.\n"),
				WRITER);

		assertThat(rewritten.review().stale()).isTrue();
		assertThat(rewritten.review().lastReviewed()).isEqualTo(LocalDate.of(2026, 11, 23));
		ArticleDetail page = articles.published(slug).orElseThrow();
		assertThat(page.reviewed()).isTrue();
		assertThat(page.reviewCurrent()).isFalse();
		assertThat(queue.groups().stale()).extracting(ReviewItem::id).contains(approved.id());
	}

	@Test
	void theQueueGroupsWaitingDueSoonAndOverdueAsTheClockMoves() {
		EditableArticle waiting = inReview("waiting");
		EditableArticle live = approvedAndLive("due");

		assertThat(queue.groups().waiting()).extracting(ReviewItem::id)
			.contains(waiting.id())
			.doesNotContain(live.id());
		assertThat(queue.groups().dueSoon()).extracting(ReviewItem::id).doesNotContain(live.id());

		clock.advance(Duration.ofDays(365 - 20));
		assertThat(queue.groups().dueSoon()).extracting(ReviewItem::id).contains(live.id());
		assertThat(queue.groups().overdue()).extracting(ReviewItem::id).doesNotContain(live.id());

		clock.advance(Duration.ofDays(30));
		assertThat(queue.groups().overdue()).extracting(ReviewItem::id).contains(live.id());
		assertThat(articles.published(live.draft().slug())).get()
			.satisfies(page -> assertThat(page.review().overdueOn(queue.today())).isTrue());
	}

	@Test
	void readersSeeTheReviewThenADueNoticeOnceTheDateHasPassedAndTheDayHasTurned() {
		EditableArticle live = approvedAndLive("reader");
		String path = "/articles/" + live.draft().slug();

		String fresh = Http.get(port, path).body();
		assertThat(HtmlChecker.errors(fresh)).isEmpty();
		assertThat(fresh).contains("Clinically reviewed by", "\"medicalAudience\"", "\"hasCredential\"")
			.doesNotContain("due for review");

		clock.advance(Duration.ofDays(400));
		rollover.newDay();
		String overdue = Http.get(port, path).body();
		assertThat(HtmlChecker.errors(overdue)).isEmpty();
		assertThat(overdue).contains("This article is due for review", "\"lastReviewed\":\"2026-11-23\"");
	}

	private EditableArticle inReview(String prefix) {
		EditableArticle created = editing.create(Drafts.publishable(Drafts.uniqueSlug(prefix)), WRITER);
		return editing.submitForReview(created.id(), created.version(), created.draft(), WRITER);
	}

	private EditableArticle approvedAndLive(String prefix) {
		EditableArticle inReview = inReview(prefix);
		EditableArticle approved = review.approve(inReview.id(), inReview.version(), SAM, "");
		return editing.publish(approved.id(), approved.version(), approved.draft(), null, WRITER);
	}

}
