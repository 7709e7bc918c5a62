package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.haven.article.ArticleDraft;
import org.haven.article.ArticleEditing;
import org.haven.article.ArticleStatus;
import org.haven.article.EditableArticle;
import org.haven.article.EditorialQueries;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Draft → in review → (back to draft) → published, through the editor's buttons, with who
 * may press which.
 */
@EditorIntegrationTest
class WorkflowIntegrationTest {

	static final RequestPostProcessor AUTHOR = user("author@haven.test").roles("AUTHOR");

	static final RequestPostProcessor EDITOR = user("editor@haven.test").roles("EDITOR", "AUTHOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleEditing editing;

	@Autowired
	EditorialQueries queries;

	@Test
	void anAuthorSubmitsAnEditorReturnsItThenPublishesIt() throws Exception {
		EditableArticle draft = editing.create(Drafts.publishable(Drafts.uniqueSlug("flow")), "author@haven.test");

		act(draft.id(), "submit", AUTHOR).andExpect(status().isFound());
		assertThat(queries.editable(draft.id()).status()).isEqualTo(ArticleStatus.IN_REVIEW);
		act(draft.id(), "save", AUTHOR).andExpect(status().isForbidden());

		act(draft.id(), "return", EDITOR).andExpect(status().isFound());
		assertThat(queries.editable(draft.id()).status()).isEqualTo(ArticleStatus.DRAFT);
		act(draft.id(), "save", AUTHOR).andExpect(status().isFound());

		act(draft.id(), "return", AUTHOR).andExpect(status().isForbidden());
		act(draft.id(), "publish", EDITOR).andExpect(status().isFound());
		assertThat(queries.editable(draft.id()).status()).isEqualTo(ArticleStatus.PUBLISHED);
		act(draft.id(), "unpublish", AUTHOR).andExpect(status().isForbidden());
		act(draft.id(), "archive", EDITOR).andExpect(status().isFound());
		assertThat(queries.editable(draft.id()).status()).isEqualTo(ArticleStatus.ARCHIVED);
	}

	@Test
	void aScheduledArticleOpensWithItsPublishTimeSoSavingKeepsTheSchedule() throws Exception {
		EditableArticle draft = editing.create(Drafts.publishable(Drafts.uniqueSlug("later")), "editor@haven.test");
		editing.publish(draft.id(), draft.version(), draft.draft(), EditorIntegrationTest.NOW.plus(Duration.ofHours(2)),
				"editor@haven.test");

		String page = mvc.perform(get("/admin/articles/" + draft.id() + "/edit").with(EDITOR))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Publish at (UTC time)", "name=\"publishAt\"", "value=\"2026-11-23T12:00\"");
	}

	private ResultActions act(long id, String action, RequestPostProcessor who) throws Exception {
		EditableArticle current = queries.editable(id);
		ArticleDraft d = current.draft();
		MockHttpServletRequestBuilder request = post("/admin/articles/" + id).with(who)
			.with(csrf())
			.param("action", action)
			.param("version", Long.toString(current.version()))
			.param("title", d.title())
			.param("slug", d.slug())
			.param("summary", d.summary())
			.param("category", d.category())
			.param("tags", String.join(", ", d.tags()))
			.param("body", d.body());
		return mvc.perform(request);
	}

}
