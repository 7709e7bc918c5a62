package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.haven.editor.ApiClients.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.haven.article.ArticleDraft;
import org.haven.article.ArticleEditing;
import org.haven.article.ArticleFilter;
import org.haven.article.ArticleRow;
import org.haven.article.ContentImport;
import org.haven.article.EditableArticle;
import org.haven.article.EditorialQueries;
import org.haven.article.ImportReport;
import org.haven.content.ContentProperties;
import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.HtmlChecker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Content notes through the editor: the file they are written to, the form, the API and
 * the article list filter.
 */
@EditorIntegrationTest
class ContentNotesEditingIntegrationTest {

	static final String WHO = "editor@haven.test";

	static final RequestPostProcessor EDITOR = user(WHO).roles("EDITOR", "AUTHOR");

	@Autowired
	ArticleEditing editing;

	@Autowired
	EditorialQueries queries;

	@Autowired
	ContentImport contentImport;

	@Autowired
	ContentProperties content;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	EditorAccounts accounts;

	@Test
	void savedNotesAreWrittenToTheFileAndTheImporterSeesItUnchanged() throws IOException {
		String slug = Drafts.uniqueSlug("noted");
		EditableArticle created = editing.create(withNotes(Drafts.publishable(slug), "suicide", "self-harm"), WHO);

		String text = Files.readString(content.dir().resolve("articles/" + slug + ".md"));
		assertThat(text).contains("content_notes:\n  - suicide\n  - self-harm\n");
		ImportReport report = contentImport.importAll();

		assertThat(report.imported() + report.updated()).isZero();
		assertThat(queries.editable(created.id()).draft().contentNotes()).containsExactly("suicide", "self-harm");
		assertThat(queries.revisions(created.id())).hasSize(1);
	}

	@Test
	void anUnknownNoteIsRefusedWithAMessageForWriters() {
		ArticleDraft draft = withNotes(Drafts.publishable(Drafts.uniqueSlug("typo")), "suicde");

		assertThatThrownBy(() -> editing.create(draft, WHO)).isInstanceOfSatisfying(DraftRejected.class,
				rejected -> assertThat(rejected.problems()).containsExactly(new DraftProblem("contentNotes",
						"'suicde' is not one of the site's content notes. Choose from the list, or ask an editor"
								+ " to add it.")));
	}

	@Test
	void theFormOffersEveryNoteAsACheckboxAndSavesTheTickedOnes() throws Exception {
		String slug = Drafts.uniqueSlug("form-notes");
		String form = mvc.perform(get("/admin/articles/new").with(EDITOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlChecker.errors(form)).isEmpty();
		assertThat(form).contains("<legend>Content notes</legend>", "type=\"checkbox\" name=\"contentNotes\"",
				"id=\"field-contentNotes-eating-disorders\"", ">Eating disorders</span>");

		mvc.perform(post("/admin/articles").with(EDITOR)
			.with(csrf())
			.param("title", "Noted from the form")
			.param("slug", slug)
			.param("category", "depression")
			.param("contentNotes", "trauma", "abuse")
			.param("body", "Text.")).andExpect(status().is3xxRedirection());

		ArticleRow row = queries.list(new ArticleFilter(null, null, null, null, slug, null), 1, 5).items().get(0);
		assertThat(queries.editable(row.id()).draft().contentNotes()).containsExactly("trauma", "abuse");
		String edit = mvc.perform(get("/admin/articles/" + row.id() + "/edit").with(EDITOR))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(edit).containsPattern("id=\"field-contentNotes-trauma\"[^>]*checked")
			.doesNotContainPattern("id=\"field-contentNotes-suicide\"[^>]*checked");
	}

	@Test
	void theArticleListFiltersByNote() throws Exception {
		String noted = Drafts.uniqueSlug("filter-noted");
		String plain = Drafts.uniqueSlug("filter-plain");
		editing.create(withNotes(Drafts.publishable(noted), "pregnancy-loss"), WHO);
		editing.create(Drafts.publishable(plain), WHO);

		List<String> slugs = queries.list(new ArticleFilter(null, null, null, null, "filter-", "pregnancy-loss"), 1, 50)
			.items()
			.stream()
			.map(ArticleRow::slug)
			.toList();

		assertThat(slugs).contains(noted).doesNotContain(plain);
		String html = mvc.perform(get("/admin/articles").param("note", "pregnancy-loss").with(EDITOR))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains(noted).doesNotContain(plain).contains("<option value=\"pregnancy-loss\" selected");
	}

	@Test
	void theApiAcceptsAndReturnsContentNotesAndFiltersByThem() throws Exception {
		String token = ApiClients.tokenFor(accounts, tokens, "api-notes@haven.test", Role.EDITOR);
		String slug = Drafts.uniqueSlug("api-notes");
		String body = """
				{"title": "Noted over the API", "slug": "%s", "category": "depression", "body": "Text.",
				 "contentNotes": ["substance-use"]}
				""".formatted(slug);

		mvc.perform(as(token, post("/api/v1/articles")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.draft.contentNotes[0]").value("substance-use"));
		mvc.perform(as(token, get("/api/v1/articles")).param("note", "substance-use").param("q", slug))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].slug").value(slug));
		mvc.perform(as(token, post("/api/v1/articles")).contentType(MediaType.APPLICATION_JSON)
			.content(body.replace(slug, slug + "-2").replace("substance-use", "no-such-note")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("contentNotes"));
	}

	private static ArticleDraft withNotes(ArticleDraft d, String... notes) {
		return new ArticleDraft(d.title(), d.slug(), d.summary(), d.category(), d.tags(), d.author(), d.reviewer(),
				d.lastReviewed(), d.contentWarning(), List.of(notes), d.featured(), d.faq(), d.cover(), d.coverAlt(),
				d.body());
	}

}
