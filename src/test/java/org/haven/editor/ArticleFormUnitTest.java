package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.haven.article.ArticleDraft;
import org.haven.content.DraftProblem;
import org.haven.content.FrontMatter.Faq;
import org.junit.jupiter.api.Test;

class ArticleFormUnitTest {

	@Test
	void readsTagsFaqPairsAndDates() {
		ArticleForm form = new ArticleForm();
		form.setTitle("Worry Time, Explained");
		form.setTags(" worry ,CBT,, sleep ");
		form.setFaq("Q: What is it?\nA: A set time for worries.\nIt helps.\n\nq: How long?\na: Fifteen minutes.");
		form.setPublishAt("2026-12-01T09:30");
		List<DraftProblem> problems = new ArrayList<>();

		ArticleDraft draft = form.toDraft(problems);

		assertThat(problems).isEmpty();
		assertThat(draft.slug()).isEqualTo("worry-time-explained");
		assertThat(draft.tags()).containsExactly("worry", "CBT", "sleep");
		assertThat(draft.faq()).containsExactly(new Faq("What is it?", "A set time for worries. It helps."),
				new Faq("How long?", "Fifteen minutes."));
		assertThat(draft.reviewer()).isNull();
		assertThat(draft.lastReviewed()).isNull();
		assertThat(form.publishTime(ZoneOffset.UTC, problems)).isEqualTo(Instant.parse("2026-12-01T09:30:00Z"));
	}

	@Test
	void publishTimesAreInTheSitesTimeZoneIncludingSummerTime() {
		ZoneId london = ZoneId.of("Europe/London");
		ArticleForm form = new ArticleForm();
		List<DraftProblem> problems = new ArrayList<>();

		form.setPublishAt("2026-07-01T09:00");
		assertThat(form.publishTime(london, problems)).isEqualTo(Instant.parse("2026-07-01T08:00:00Z"));
		form.setPublishAt("2026-12-01T09:00");
		assertThat(form.publishTime(london, problems)).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));

		form.scheduledFor(Instant.parse("2026-07-01T08:00:00Z"), london);
		assertThat(form.getPublishAt()).isEqualTo("2026-07-01T09:00");
		assertThat(new EditorModel.Times(london).of(Instant.parse("2026-07-01T08:00:00Z")))
			.isEqualTo("1 Jul 2026 09:00 BST");
		assertThat(problems).isEmpty();
	}

	@Test
	void namesTheFieldsItCannotRead() {
		ArticleForm form = new ArticleForm();
		form.setFaq("Q: A question without an answer");
		form.setPublishAt("soon");
		List<DraftProblem> problems = new ArrayList<>();

		form.toDraft(problems);
		form.publishTime(ZoneOffset.UTC, problems);

		assertThat(problems).extracting(DraftProblem::field).containsExactly("faq", "publishAt");
	}

	@Test
	void roundTripsADraft() {
		ArticleDraft draft = new ArticleDraft("T", "t", "S", "anxiety", List.of("a", "b"), "maya-okafor", null, null,
				"note", List.of("suicide", "self-harm"), true, List.of(new Faq("Q1", "A1")), "/media/c.jpg", "A cover",
				"Body");

		ArticleDraft back = ArticleForm.of(draft, 3).toDraft(new ArrayList<>());

		assertThat(back).isEqualTo(draft);
	}

}
