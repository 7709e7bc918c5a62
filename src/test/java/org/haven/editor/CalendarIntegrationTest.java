package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.haven.article.ArticleEditing;
import org.haven.article.EditableArticle;
import org.haven.article.EditorialQueries;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.HtmlChecker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The editorial calendar: a month of scheduled and published articles with warning
 * badges, the drafts with no date, and rescheduling with a date field.
 */
@EditorIntegrationTest
class CalendarIntegrationTest {

	static final RequestPostProcessor EDITOR = user("editor@haven.test").roles("EDITOR", "AUTHOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleEditing editing;

	@Autowired
	EditorialQueries queries;

	@Test
	void aMonthShowsScheduledArticlesWithTheirWarningsAndTheUndatedDrafts() throws Exception {
		EditableArticle scheduled = schedule("calendar-soon", "2027-01-14T09:30:00Z");
		EditableArticle draft = editing.create(Drafts.unfinished(Drafts.uniqueSlug("calendar-draft")),
				"editor@haven.test");

		String html = page("/admin/calendar?month=2027-01");

		assertThat(html).contains("January 2027", "<time datetime=\"2027-01-14\"", scheduled.draft().title(),
				"No clinical review", "id=\"move-" + scheduled.id() + "\"", "value=\"2027-01-14T09:30\"");
		assertThat(html).contains("Drafts with no date", draft.draft().title());
		assertThat(HtmlChecker.errors(html)).isEmpty();
	}

	@Test
	void reschedulingMovesTheArticleToItsNewTime() throws Exception {
		EditableArticle scheduled = schedule("calendar-move", "2027-02-03T08:00:00Z");

		mvc.perform(post("/admin/calendar/" + scheduled.id() + "/reschedule").with(EDITOR)
			.with(csrf())
			.param("publishAt", "2027-02-10T07:15")
			.param("version", Long.toString(scheduled.version()))
			.param("month", "2027-02")).andExpect(status().is3xxRedirection());

		EditableArticle moved = queries.editable(scheduled.id());
		assertThat(moved.publishedAt()).isEqualTo(Instant.parse("2027-02-10T07:15:00Z"));
		assertThat(page("/admin/calendar?month=2027-02")).contains("<time datetime=\"2027-02-10\"");
	}

	@Test
	void authorsCannotReschedule() throws Exception {
		EditableArticle scheduled = schedule("calendar-author", "2027-03-03T08:00:00Z");

		mvc.perform(post("/admin/calendar/" + scheduled.id() + "/reschedule")
			.with(user("writer@haven.test").roles("AUTHOR"))
			.with(csrf())
			.param("publishAt", "2027-03-10T07:15")
			.param("version", Long.toString(scheduled.version()))
			.param("month", "2027-03")).andExpect(status().isForbidden());
	}

	private EditableArticle schedule(String prefix, String at) {
		EditableArticle draft = editing.create(Drafts.publishable(Drafts.uniqueSlug(prefix)), "editor@haven.test");
		return editing.publish(draft.id(), draft.version(), draft.draft(), Instant.parse(at), "editor@haven.test");
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(EDITOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
