package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.nio.file.Files;

import org.haven.article.ArticleEditing;
import org.haven.article.EditableArticle;
import org.haven.article.EditorialQueries;
import org.haven.content.ContentProperties;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.HtmlChecker;
import org.haven.support.Http;
import org.haven.taxonomy.CategoryView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Categories in the admin: the forms, who may use them, the problems they name, and the
 * old addresses afterwards.
 */
@EditorIntegrationTest
class CategoriesIntegrationTest {

	static final RequestPostProcessor EDITOR = user("editor@haven.test").roles("EDITOR", "AUTHOR");

	static final RequestPostProcessor AUTHOR = user("author@haven.test").roles("AUTHOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleEditing editing;

	@Autowired
	EditorialQueries queries;

	@Autowired
	ContentProperties content;

	@LocalServerPort
	int port;

	@Test
	void anEditorCreatesEditsRenamesAndMergesAndOldAddressesAndFeedsRedirect() throws Exception {
		String unique = Drafts.uniqueSlug("c");
		String sleep = "sleep-" + unique;
		mvc.perform(form(post("/admin/categories"), "Sleep " + unique, "", "Rest.", "").with(EDITOR))
			.andExpect(redirectedUrl("/admin/categories"))
			.andExpect(flash().attribute("notice",
					"Category 'Sleep " + unique + "' created at /categories/" + sleep + "."));
		mvc.perform(form(post("/admin/categories/" + sleep), "Sleep well " + unique, sleep, "Rest and routines.", "40")
			.with(EDITOR)).andExpect(redirectedUrl("/admin/categories"));
		assertThat(queries.category(sleep))
			.isEqualTo(new CategoryView(sleep, "Sleep well " + unique, "Rest and routines.", 40, 0));

		EditableArticle draft = editing.create(Drafts.publishable(Drafts.uniqueSlug("night")).withCategory(sleep),
				"editor@haven.test");
		editing.publish(draft.id(), draft.version(), draft.draft(), null, "editor@haven.test");
		String rest = "rest-" + unique;
		mvc.perform(form(post("/admin/categories/" + sleep), "Rest " + unique, rest, "Rest and routines.", "40")
			.with(EDITOR))
			.andExpect(redirectedUrl("/admin/categories"))
			.andExpect(
					flash().attribute("notice", "Category '" + sleep + "' is now '" + rest + "'. 1 article(s) moved."));
		String evenings = "evenings-" + unique;
		mvc.perform(form(post("/admin/categories"), "Evenings " + unique, "", "", "").with(EDITOR));
		mvc.perform(
				post("/admin/categories/merge").with(EDITOR).with(csrf()).param("from", rest).param("into", evenings))
			.andExpect(redirectedUrl("/admin/categories"));

		assertThat(queries.editable(draft.id()).draft().category()).isEqualTo(evenings);
		assertThat(Files.readString(content.dir().resolve("articles/" + draft.draft().slug() + ".md")))
			.contains("categories:\n  - " + evenings);
		assertThat(queries.categories()).extracting(CategoryView::slug).contains(evenings).doesNotContain(sleep, rest);
		Http http = new Http(port);
		for (String old : new String[] { sleep, rest }) {
			assertMovedPermanently(http.get("/categories/" + old), "/categories/" + evenings);
			assertMovedPermanently(http.get("/categories/" + old + "/feed.xml"),
					"/categories/" + evenings + "/feed.xml");
			assertMovedPermanently(http.get("/categories/" + old + "/atom.xml"),
					"/categories/" + evenings + "/atom.xml");
		}
		assertThat(http.get("/categories/" + evenings).statusCode()).isEqualTo(200);
		assertThat(http.get("/categories/" + evenings + "/feed.xml").statusCode()).isEqualTo(200);
		assertThat(http.get("/categories/never-was-" + unique + "/feed.xml").statusCode()).isEqualTo(404);
	}

	@Test
	void problemsAreNamedAtTheTopAndWhatWasTypedIsKept() throws Exception {
		assertThat(page(form(post("/admin/categories"), " ", "", "Typed with care.", "").with(EDITOR)))
			.contains("There is a problem", "href=\"#field-name\"", "Give the category a name.", "Typed with care.");
		assertThat(page(form(post("/admin/categories"), "Odd one", "Not A Slug", "", "").with(EDITOR))).contains(
				"href=\"#field-slug\"", "may use only lowercase letters, digits and single hyphens", "Not A Slug");
		assertThat(page(form(post("/admin/categories"), "Another anxiety", "anxiety", "", "").with(EDITOR)))
			.contains("Another category already uses the address &#39;/categories/anxiety&#39;");
		assertThat(page(form(post("/admin/categories/therapy"), "Therapy", "anxiety", "", "").with(EDITOR)))
			.contains("Category: Therapy", "Another category already uses the address &#39;/categories/anxiety&#39;");
		assertThat(page(merge("anxiety", "anxiety").with(EDITOR))).contains("href=\"#field-into\"",
				"A category cannot be merged into itself.");
		assertThat(page(merge("anxiety", "no-such-category").with(EDITOR)))
			.contains("&#39;no-such-category&#39; is not one of the site&#39;s categories.");
		mvc.perform(merge("no-such-category", "anxiety").with(EDITOR)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/categories/no-such-category/edit").with(EDITOR)).andExpect(status().isNotFound());
		assertThat(queries.category("anxiety").name()).isEqualTo("Anxiety");
	}

	@Test
	void theCategoryPagesAreValidHtmlWithProblemsAndForAuthors() throws Exception {
		for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
				get("/admin/categories").with(AUTHOR),
				form(post("/admin/categories"), "", "Bad Slug", "", "").with(EDITOR),
				form(post("/admin/categories/anxiety"), "", "", "", "").with(EDITOR) }) {
			assertThat(HtmlChecker.errors(page(request))).isEmpty();
		}
		assertThat(page(get("/admin").with(EDITOR))).contains("href=\"/admin/categories\"");
	}

	@Test
	void authorsSeeTheListButCannotChangeIt() throws Exception {
		assertThat(page(get("/admin/categories").with(AUTHOR))).contains("Anxiety", "/categories/anxiety")
			.doesNotContain("New category", "Merge two categories", "/admin/categories/anxiety/edit");
		mvc.perform(form(post("/admin/categories"), "By an author", "", "", "").with(AUTHOR))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/categories/anxiety/edit").with(AUTHOR)).andExpect(status().isForbidden());
		mvc.perform(form(post("/admin/categories/anxiety"), "Worry", "anxiety", "", "").with(AUTHOR))
			.andExpect(status().isForbidden());
		mvc.perform(merge("anxiety", "therapy").with(AUTHOR)).andExpect(status().isForbidden());
		assertThat(queries.category("anxiety").name()).isEqualTo("Anxiety");
		assertThat(queries.categories()).noneMatch(c -> c.name().equals("By an author"));
	}

	@Test
	void formsWithoutTheirCsrfTokenAreForbidden() throws Exception {
		mvc.perform(post("/admin/categories").with(EDITOR).param("name", "Without a token"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/categories/merge").with(EDITOR).param("from", "anxiety").param("into", "therapy"))
			.andExpect(status().isForbidden());
		assertThat(queries.categories()).extracting(CategoryView::name)
			.doesNotContain("Without a token")
			.contains("Anxiety");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String name, String slug,
			String description, String order) {
		return request.with(csrf())
			.param("name", name)
			.param("slug", slug)
			.param("description", description)
			.param("order", order);
	}

	private static MockHttpServletRequestBuilder merge(String from, String into) {
		return post("/admin/categories/merge").with(csrf()).param("from", from).param("into", into);
	}

	private static void assertMovedPermanently(HttpResponse<String> response, String location) {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).get().asString().endsWith(location);
	}

}
