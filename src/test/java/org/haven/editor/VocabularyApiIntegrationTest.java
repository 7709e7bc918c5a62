package org.haven.editor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.haven.editor.ApiClients.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.haven.article.ArticleEditing;
import org.haven.article.EditableArticle;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Categories and tags through the JSON API: the editor's rules, and problem details when
 * something is refused.
 */
@EditorIntegrationTest
class VocabularyApiIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	EditorAccounts accounts;

	@Autowired
	ArticleEditing editing;

	String editorToken;

	String authorToken;

	@BeforeEach
	void accounts() {
		editorToken = ApiClients.tokenFor(accounts, tokens, "vocabulary-editor@haven.test", Role.EDITOR);
		authorToken = ApiClients.tokenFor(accounts, tokens, "vocabulary-author@haven.test", Role.AUTHOR);
	}

	@Test
	void everyoneWithATokenListsCategoriesAndTagsWithTheirCounts() throws Exception {
		mvc.perform(as(authorToken, get("/api/v1/categories")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].slug").value("therapy"))
			.andExpect(jsonPath("$[*].slug").value(hasItems("anxiety", "mindfulness")));
		mvc.perform(as(authorToken, get("/api/v1/categories/anxiety")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Anxiety"))
			.andExpect(jsonPath("$.order").value(2));
		mvc.perform(as(authorToken, get("/api/v1/tags")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].slug").value(hasItem("cbt")));
		mvc.perform(get("/api/v1/categories"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/tags")).andExpect(status().isUnauthorized());
		mvc.perform(as(editorToken, get("/api/v1/categories/no-such-category")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("category 'no-such-category' not found"));
	}

	@Test
	void anEditorCreatesRenamesAndMergesCategories() throws Exception {
		String unique = Drafts.uniqueSlug("api");
		send(editorToken, post("/api/v1/categories"), "{\"name\":\"Grief " + unique + "\",\"description\":\"Loss.\"}")
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/categories/grief-" + unique))
			.andExpect(jsonPath("$.slug").value("grief-" + unique))
			.andExpect(jsonPath("$.count").value(0));
		EditableArticle article = editing.create(
				Drafts.publishable(Drafts.uniqueSlug("loss")).withCategory("grief-" + unique),
				"vocabulary-editor@haven.test");

		send(editorToken, put("/api/v1/categories/grief-" + unique), "{\"slug\":\"loss-" + unique + "\",\"order\":60}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.category.slug").value("loss-" + unique))
			.andExpect(jsonPath("$.category.name").value("Grief " + unique))
			.andExpect(jsonPath("$.category.description").value("Loss."))
			.andExpect(jsonPath("$.category.order").value(60))
			.andExpect(jsonPath("$.moved").value(1))
			.andExpect(jsonPath("$.refused.length()").value(0));
		send(editorToken, post("/api/v1/categories/loss-" + unique + "/merge"), "{\"into\":\"growth\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.category.slug").value("growth"))
			.andExpect(jsonPath("$.moved").value(1));

		mvc.perform(as(editorToken, get("/api/v1/articles/" + article.id())))
			.andExpect(jsonPath("$.draft.category").value("growth"));
		mvc.perform(as(editorToken, get("/api/v1/categories/loss-" + unique))).andExpect(status().isNotFound());
		mvc.perform(get("/categories/grief-" + unique)).andExpect(redirectedUrl("/categories/growth"));
	}

	@Test
	void brokenRulesAreA422NamingTheFieldsAndAuthorsAreRefused() throws Exception {
		send(editorToken, post("/api/v1/categories"), "{\"name\":\"\",\"slug\":\"Bad Slug\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("name", "slug")));
		send(editorToken, post("/api/v1/categories"), "{\"name\":\"Anxiety\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("'/categories/anxiety'")));
		send(editorToken, put("/api/v1/categories/therapy"), "{\"slug\":\"anxiety\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("slug"));
		send(editorToken, post("/api/v1/categories/anxiety/merge"), "{\"into\":\"anxiety\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("A category cannot be merged into itself."));
		send(editorToken, post("/api/v1/categories/anxiety/merge"), "{\"into\":\"no-such-category\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("into"));
		send(editorToken, post("/api/v1/categories/no-such-category/merge"), "{\"into\":\"anxiety\"}")
			.andExpect(status().isNotFound());
		send(editorToken, put("/api/v1/categories/no-such-category"), "{\"name\":\"x\"}")
			.andExpect(status().isNotFound());
		send(editorToken, post("/api/v1/categories"), "{oops").andExpect(status().isBadRequest());

		send(authorToken, post("/api/v1/categories"), "{\"name\":\"By an author\"}").andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		send(authorToken, put("/api/v1/categories/anxiety"), "{\"name\":\"Worry\"}").andExpect(status().isForbidden());
		send(authorToken, post("/api/v1/categories/anxiety/merge"), "{\"into\":\"therapy\"}")
			.andExpect(status().isForbidden());
		send(authorToken, post("/api/v1/tags/cbt/rename"), "{\"to\":\"Talking\"}").andExpect(status().isForbidden());
		mvc.perform(as(authorToken, get("/api/v1/categories/anxiety"))).andExpect(jsonPath("$.name").value("Anxiety"));
	}

	@Test
	void anEditorRenamesATagAndItsOldAddressRedirects() throws Exception {
		String unique = Drafts.uniqueSlug("api-tag");
		EditableArticle draft = editing.create(
				Drafts.publishable(Drafts.uniqueSlug("tagged")).withTags(List.of("Dusk " + unique)),
				"vocabulary-editor@haven.test");
		editing.publish(draft.id(), draft.version(), draft.draft(), null, "vocabulary-editor@haven.test");

		send(editorToken, post("/api/v1/tags/dusk-" + unique + "/rename"), "{\"to\":\"Twilight " + unique + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changed").value(1))
			.andExpect(jsonPath("$.refused.length()").value(0));

		mvc.perform(get("/tags/dusk-" + unique)).andExpect(redirectedUrl("/tags/twilight-" + unique));
		mvc.perform(get("/tags/dusk-" + unique + "/atom.xml"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/tags/twilight-" + unique + "/atom.xml"));
		send(editorToken, post("/api/v1/tags/dusk-" + unique + "/rename"), "{\"to\":\"Night\"}")
			.andExpect(status().isNotFound());
		send(editorToken, post("/api/v1/tags/twilight-" + unique + "/rename"), "{\"to\":\" - \"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
	}

	private ResultActions send(String token, MockHttpServletRequestBuilder request, String json) throws Exception {
		return mvc.perform(as(token, request).contentType(MediaType.APPLICATION_JSON).content(json));
	}

}
