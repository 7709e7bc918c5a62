package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.haven.article.ArticleDraft;
import org.haven.article.ArticleEditing;
import org.haven.article.EditableArticle;
import org.haven.article.EditorialQueries;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.HtmlChecker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Autosave: a working copy beside the article, never a change to what readers see; two
 * tabs autosaving the same article meet a conflict instead of overwriting each other; a
 * save ends the run, and the history folds each run into one line.
 */
@EditorIntegrationTest
class AutosaveIntegrationTest {

	static final RequestPostProcessor EDITOR = user("editor@haven.test").roles("EDITOR", "AUTHOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleEditing editing;

	@Autowired
	EditorialQueries queries;

	@Autowired
	Autosaves autosaves;

	@Test
	void anAutosaveOfAPublishedArticleChangesNothingReadersSeeAndComesBackInTheEditor() throws Exception {
		EditableArticle published = published("autosave-live");

		autosave(published, null, "A new paragraph, not ready yet.").andExpect(status().isOk());

		EditableArticle after = queries.editable(published.id());
		assertThat(after.version()).isEqualTo(published.version());
		assertThat(after.draft().body()).isEqualTo(published.draft().body());
		String editor = mvc.perform(get("/admin/articles/" + published.id() + "/edit").with(EDITOR))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(editor).contains("A new paragraph, not ready yet.", "id=\"autosaved-notice\"");
		assertThat(HtmlChecker.errors(editor)).isEmpty();
	}

	@Test
	void aTabThatMissedAnotherTabsAutosaveIsInConflictAndOverwritesNothing() throws Exception {
		EditableArticle article = published("autosave-tabs");
		long first = token(autosave(article, null, "Written in the first tab."));

		autosave(article, null, "Written in the second tab.").andExpect(status().isConflict());
		autosave(article, first + 7, "Written in the second tab.").andExpect(status().isConflict());

		assertThat(autosaves.workingCopy(article.id()).orElseThrow().form().getBody())
			.isEqualTo("Written in the first tab.");
		autosave(article, first, "The first tab goes on.").andExpect(status().isOk());
	}

	@Test
	void theConflictScreenShowsTheOtherTabsTextBesideMine() throws Exception {
		EditableArticle article = published("autosave-screen");
		autosave(article, null, "The other tab's careful words.");

		String html = mvc
			.perform(form(post("/admin/articles/" + article.id() + "/conflict"), article.draft(), "My own words.")
				.param("version", Long.toString(article.version())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("id=\"conflict-title\"", "The other tab&#39;s careful words.", "My own words.");
		assertThat(autosaves.workingCopy(article.id()).orElseThrow().form().getBody())
			.isEqualTo("The other tab's careful words.");
	}

	@Test
	void anAutosaveAfterASaveElsewhereIsInConflict() throws Exception {
		EditableArticle article = published("autosave-saved");
		editing.save(article.id(), article.version(), Drafts.withBody(article.draft(), "Saved elsewhere."),
				"colleague@haven.test");

		autosave(article, null, "Typed on the old version.").andExpect(status().isConflict());
		assertThat(autosaves.workingCopy(article.id())).isEmpty();
	}

	@Test
	void aSaveEndsTheRunAndTheHistoryFoldsItIntoOneLine() throws Exception {
		EditableArticle article = published("autosave-history");
		long token = token(autosave(article, null, "One."));
		token = token(autosave(article, token, "One. Two."));
		token(autosave(article, token, "One. Two. Three."));

		mvc.perform(form(post("/admin/articles/" + article.id()), article.draft(), "One. Two. Three.")
			.param("version", Long.toString(article.version()))
			.param("action", "save")).andExpect(status().is3xxRedirection());

		assertThat(autosaves.workingCopy(article.id())).isEmpty();
		assertThat(autosaves.runs(article.id())).singleElement().satisfies(run -> {
			assertThat(run.count()).isEqualTo(3);
			assertThat(run.open()).isFalse();
		});
		String history = mvc.perform(get("/admin/articles/" + article.id() + "/revisions").with(EDITOR))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(history).contains("3 autosaves");
		assertThat(HtmlChecker.errors(history)).isEmpty();
	}

	private EditableArticle published(String prefix) {
		EditableArticle draft = editing.create(Drafts.publishable(Drafts.uniqueSlug(prefix)), "editor@haven.test");
		return editing.publish(draft.id(), draft.version(), draft.draft(), Instant.parse("2026-11-01T10:00:00Z"),
				"editor@haven.test");
	}

	private ResultActions autosave(EditableArticle article, Long token, String body) throws Exception {
		return mvc.perform(form(post("/admin/articles/" + article.id() + "/autosave"), article.draft(), body)
			.param("version", Long.toString(article.version()))
			.param("autosave", token == null ? "" : token.toString()));
	}

	private static long token(ResultActions autosave) throws Exception {
		String json = autosave.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return Long.parseLong(json.replaceAll(".*\"autosave\":(\\d+).*", "$1"));
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, ArticleDraft d,
			String body) {
		return request.with(EDITOR)
			.with(csrf())
			.param("title", d.title())
			.param("slug", d.slug())
			.param("summary", d.summary())
			.param("category", d.category())
			.param("tags", String.join(", ", d.tags()))
			.param("body", body);
	}

}
