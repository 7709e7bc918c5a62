package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.haven.article.ArticleDraft;
import org.haven.article.ArticleEditing;
import org.haven.article.ArticleFilter;
import org.haven.article.ArticleStatus;
import org.haven.article.EditableArticle;
import org.haven.article.EditorialQueries;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.HtmlChecker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The admin pages as an editor uses them: valid HTML, the form's round trip, errors,
 * conflicts, revisions.
 */
@EditorIntegrationTest
class EditorPagesIntegrationTest {

	static final RequestPostProcessor EDITOR = user("editor@haven.test").roles("EDITOR", "AUTHOR");

	static final RequestPostProcessor ADMIN = user("root@haven.test").roles("ADMIN", "EDITOR", "AUTHOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleEditing editing;

	@Autowired
	EditorialQueries queries;

	@Test
	void everyAdminPageIsValidHtml() throws Exception {
		EditableArticle article = editing.create(Drafts.publishable(Drafts.uniqueSlug("valid")), "editor@haven.test");
		editing.save(article.id(), article.version(), Drafts.withBody(article.draft(), "Changed."),
				"editor@haven.test");
		for (String path : new String[] { "/admin", "/admin/articles", "/admin/articles?stage=draft&q=sleep",
				"/admin/articles/new", "/admin/articles/" + article.id() + "/edit",
				"/admin/articles/" + article.id() + "/revisions", "/admin/articles/" + article.id() + "/revisions/2",
				"/admin/users", "/admin/tokens", "/admin/media", "/admin/account", "/admin/categories",
				"/admin/categories/anxiety/edit" }) {
			String html = page(get(path).with(ADMIN));
			assertThat(HtmlChecker.errors(html)).as(path).isEmpty();
		}
		assertThat(HtmlChecker.errors(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString()))
			.isEmpty();
		String preview = page(form(post("/admin/articles/preview"), Drafts.publishable("preview-page")).with(EDITOR));
		assertThat(HtmlChecker.errors(preview)).isEmpty();
	}

	@Test
	void aNewArticleIsSavedFromTheFormWithASlugFromItsTitle() throws Exception {
		String title = "Breathing Through Panic " + Drafts.uniqueSlug("t");
		mvc.perform(post("/admin/articles").with(EDITOR)
			.with(csrf())
			.param("title", title)
			.param("category", "anxiety")
			.param("tags", "Panic, breathing")
			.param("faq", "Q: Does it help?\nA: Often, yes.\n\nQ: How long?\nA: A few minutes.")
			.param("body", "Breathe out slowly.")).andExpect(redirectedUrlPattern("/admin/articles/*/edit"));

		var row = queries.list(new ArticleFilter(null, null, null, null, title, null), 1, 10).items().get(0);
		EditableArticle saved = queries.editable(row.id());
		assertThat(saved.draft().slug()).startsWith("breathing-through-panic-");
		assertThat(saved.draft().tags()).containsExactly("Panic", "breathing");
		assertThat(saved.draft().faq()).hasSize(2);
		assertThat(saved.owner()).isEqualTo("editor@haven.test");
	}

	@Test
	void problemsAreListedAtTheTopAndLinkToTheirFields() throws Exception {
		String html = page(post("/admin/articles").with(EDITOR)
			.with(csrf())
			.param("title", "")
			.param("slug", "Bad Slug")
			.param("body", "Text"));

		assertThat(html).contains("There is a problem", "href=\"#field-title\"", "href=\"#field-slug\"",
				"href=\"#field-category\"", "id=\"field-title\"", "Bad Slug", "Text");
	}

	@Test
	void publishingProblemsAreExplainedAndTheTextIsKept() throws Exception {
		EditableArticle draft = editing.create(Drafts.unfinished(Drafts.uniqueSlug("explain")), "editor@haven.test");

		String html = page(form(post("/admin/articles/" + draft.id()), draft.draft()).with(EDITOR)
			.param("version", Long.toString(draft.version()))
			.param("action", "publish"));

		assertThat(html).contains("Write a one or two sentence summary", "needs a description (alt text)",
				"Some notes.");
		assertThat(queries.editable(draft.id()).status()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void aConflictingSaveShowsBothVersionsAndKeepsMine() throws Exception {
		EditableArticle opened = editing.create(Drafts.publishable(Drafts.uniqueSlug("both")), "editor@haven.test");
		editing.save(opened.id(), opened.version(), Drafts.withBody(opened.draft(), "Their careful paragraph."),
				"colleague@haven.test");

		String html = page(form(post("/admin/articles/" + opened.id()),
				Drafts.withBody(opened.draft(), "My own careful paragraph."))
			.with(EDITOR)
			.param("version", Long.toString(opened.version()))
			.param("action", "save"));

		assertThat(html).contains("Someone else saved this article while you were editing", "Their careful paragraph.",
				"My own careful paragraph.");
		EditableArticle current = queries.editable(opened.id());
		assertThat(html).contains("name=\"version\" value=\"" + current.version() + "\"");
		assertThat(current.draft().body()).isEqualTo("Their careful paragraph.");
	}

	@Test
	void thePreviewUsesTheReaderPipelineAndTheThemeStylesheet() throws Exception {
		String html = page(form(post("/admin/articles/preview"), Drafts.publishable("preview-me")).with(EDITOR));

		assertThat(html).contains("<table>", "<th>Habit</th>", "alt=\"A notebook on a bedside table\"",
				"/themes/calm/css/calm.", "Nothing has been saved");
		String fragment = page(
				form(post("/admin/articles/preview"), Drafts.unfinished("x")).with(EDITOR).param("fragment", "true"));
		assertThat(fragment).doesNotContain("<html").contains("Before this can be published");
	}

	@Test
	void theListFiltersByStageTagAndText() throws Exception {
		String slug = Drafts.uniqueSlug("filtered");
		EditableArticle a = editing.create(Drafts.publishable(slug), "editor@haven.test");
		editing.publish(a.id(), a.version(), a.draft(), EditorIntegrationTest.NOW.plusSeconds(3600), "e");

		assertThat(page(get("/admin/articles?stage=scheduled&tag=Sleep&q=" + slug).with(EDITOR))).contains(slug);
		assertThat(page(get("/admin/articles?stage=draft&q=" + slug).with(EDITOR))).contains("No articles match");
		assertThat(page(get("/admin").with(EDITOR))).contains("Scheduled", "Sleep and worry " + slug);
	}

	@Test
	void restoringFromTheRevisionsPageMakesANewRevision() throws Exception {
		EditableArticle first = editing.create(Drafts.publishable(Drafts.uniqueSlug("undo")), "editor@haven.test");
		EditableArticle second = editing.save(first.id(), first.version(), Drafts.withBody(first.draft(), "A mistake."),
				"editor@haven.test");

		String diff = page(get("/admin/articles/" + first.id() + "/revisions/2").with(EDITOR));
		assertThat(diff).contains("A mistake.", "Worry often gets louder at night.", "diff-");

		mvc.perform(post("/admin/articles/" + first.id() + "/revisions/1/restore").with(EDITOR)
			.with(csrf())
			.param("version", Long.toString(second.version()))).andExpect(status().isFound());
		assertThat(queries.revisions(first.id())).hasSize(3);
		assertThat(queries.editable(first.id()).draft().body()).contains("Worry often gets louder at night.");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, ArticleDraft d) {
		return request.with(csrf())
			.param("title", d.title())
			.param("slug", d.slug())
			.param("summary", d.summary())
			.param("category", d.category())
			.param("tags", String.join(", ", d.tags()))
			.param("author", d.author() == null ? "" : d.author())
			.param("body", d.body());
	}

}
