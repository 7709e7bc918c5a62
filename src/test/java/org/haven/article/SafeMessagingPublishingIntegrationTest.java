package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.haven.content.ContentProperties;
import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Safe messaging at publish: an open finding stops publishing and loses nothing, an
 * acknowledgement needs a reason and is kept with the revision, and an article with a
 * crisis-topic note needs a current clinical sign-off.
 */
@EditorIntegrationTest
class SafeMessagingPublishingIntegrationTest {

	static final String WRITER = "writer@haven.test";

	static final String EDITOR = "editor@haven.test";

	static final String UNSAFE = """
			Worry often gets louder at night.

			In 2019 her brother committed suicide, and she began to write about grief.

			| Habit | Helps? |
			| --- | --- |
			| Worry time | Yes |

			![A notebook on a bedside table](/media/notebook.jpg)
			""";

	@Autowired
	ArticleEditing editing;

	@Autowired
	SafeMessagingReview findings;

	@Autowired
	ClinicalReview review;

	@Autowired
	EditorialQueries queries;

	@Autowired
	Articles articles;

	@Autowired
	ContentProperties content;

	@Test
	void anOpenFindingStopsPublishingWithItsPlaceAndLosesNothing() throws IOException {
		EditableArticle draft = editing.create(Drafts.withBody(Drafts.publishable(Drafts.uniqueSlug("unsafe")), UNSAFE),
				WRITER);
		Path file = content.dir().resolve("articles/" + draft.draft().slug() + ".md");
		String before = Files.readString(file);

		assertThat(draft.safeMessaging()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("committed-suicide");
			assertThat(f.line()).isEqualTo(3);
			assertThat(f.column()).isEqualTo(21);
			assertThat(f.matched()).isEqualTo("committed suicide");
			assertThat(f.suggestion()).contains("died by suicide");
			assertThat(f.open()).isTrue();
		});
		assertThatThrownBy(() -> editing.publish(draft.id(), draft.version(), draft.draft(), null, EDITOR))
			.isInstanceOfSatisfying(DraftRejected.class, ex -> assertThat(ex.problems())
				.extracting(DraftProblem::field, DraftProblem::message)
				.anySatisfy(p -> assertThat(p.toList())
					.containsExactly("safeMessaging", "Safe messaging, line 3, column 21: 'committed suicide'. "
							+ draft.safeMessaging().get(0).reason() + " Suggested: "
							+ draft.safeMessaging().get(0).suggestion()
							+ ". Change the wording, or ask an editor or reviewer to acknowledge it with a reason.")));

		assertThat(Files.readString(file)).isEqualTo(before);
		assertThat(queries.editable(draft.id()).status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(queries.editable(draft.id()).version()).isEqualTo(draft.version());
	}

	@Test
	void anAcknowledgementNeedsAReasonIsKeptWithTheRevisionAndLetsItPublish() {
		EditableArticle draft = editing.create(Drafts.withBody(Drafts.publishable(Drafts.uniqueSlug("quoted")), UNSAFE),
				WRITER);

		assertThatThrownBy(
				() -> findings.acknowledge(draft.id(), "committed-suicide", "committed suicide", " ", EDITOR))
			.isInstanceOf(DraftRejected.class);
		assertThatThrownBy(
				() -> findings.acknowledge(draft.id(), "committed-suicide", "nothing like it", "Quoted.", EDITOR))
			.isInstanceOf(DraftRejected.class);

		List<FindingView> after = findings.acknowledge(draft.id(), "committed-suicide", "Committed  Suicide",
				"A quotation from the 1970s report, discussed as outdated wording.", EDITOR);

		assertThat(after).singleElement().satisfies(f -> {
			assertThat(f.open()).isFalse();
			assertThat(f.acknowledged().by()).isEqualTo(EDITOR);
			assertThat(f.acknowledged().revision()).isEqualTo(queries.revisions(draft.id()).get(0).number());
		});
		EditableArticle live = editing.publish(draft.id(), draft.version(), draft.draft(), null, EDITOR);
		assertThat(live.visibleAt(EditorIntegrationTest.NOW)).isTrue();
		assertThat(queries.editable(draft.id()).safeMessaging()).singleElement()
			.satisfies(f -> assertThat(f.open()).isFalse());
	}

	@Test
	void aCrisisTopicArticleWithoutHelpIsFlaggedAsAWhole() {
		ArticleDraft d = Drafts.publishable(Drafts.uniqueSlug("no-help"));
		ArticleDraft noted = new ArticleDraft(d.title(), d.slug(), d.summary(), d.category(), d.tags(), d.author(),
				null, null, "This article mentions self-harm.", List.of("self-harm"), false, d.faq(), null, null,
				d.body());

		EditableArticle draft = editing.create(noted, WRITER);

		assertThat(draft.safeMessaging()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("crisis-topic-help-link");
			assertThat(f.where()).isEqualTo("the article as a whole");
		});
	}

	@Test
	void aCrisisTopicArticleNeedsACurrentSignOffBeforeItIsPublished() {
		ArticleDraft d = Drafts.publishable(Drafts.uniqueSlug("crisis"));
		ArticleDraft noted = new ArticleDraft(d.title(), d.slug(), d.summary(), d.category(), d.tags(), d.author(),
				null, null, "This article mentions suicide.", List.of("suicide"), false, d.faq(), null, null,
				d.body() + "\nIf you are struggling, [find help now](/help) or call a crisis line.\n");
		EditableArticle draft = editing.create(noted, WRITER);

		assertThatThrownBy(() -> editing.publish(draft.id(), draft.version(), draft.draft(), null, EDITOR))
			.isInstanceOfSatisfying(DraftRejected.class,
					ex -> assertThat(ex.problems()).extracting(DraftProblem::field).containsExactly("review"));

		EditableArticle inReview = editing.submitForReview(draft.id(), draft.version(), draft.draft(), WRITER);
		EditableArticle approved = review.approve(inReview.id(), inReview.version(),
				new Reviewer("sam@haven.test", "sam-reyes"), "Safe and accurate.");
		EditableArticle live = editing.publish(approved.id(), approved.version(), approved.draft(), null, EDITOR);

		assertThat(articles.published(live.draft().slug())).get()
			.satisfies(page -> assertThat(page.reviewCurrent()).isTrue());
	}

}
