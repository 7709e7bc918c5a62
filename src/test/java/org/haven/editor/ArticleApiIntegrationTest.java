package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.haven.editor.ApiClients.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The JSON API: bearer tokens, the same rules as the editor, and problem details when
 * something is refused.
 */
@EditorIntegrationTest
class ArticleApiIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	EditorAccounts accounts;

	@Autowired
	ObjectMapper json;

	@Autowired
	MutableClock clock;

	String editorToken;

	String authorToken;

	@BeforeEach
	void accounts() {
		editorToken = ApiClients.tokenFor(accounts, tokens, "api-editor@haven.test", Role.EDITOR);
		authorToken = ApiClients.tokenFor(accounts, tokens, "api-author@haven.test", Role.AUTHOR);
	}

	@Test
	void withoutAValidTokenTheAnswerIsAProblem() throws Exception {
		mvc.perform(get("/api/v1/articles"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
		mvc.perform(get("/api/v1/articles").header("Authorization", "Bearer hvn_not-a-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(containsString("unknown, expired or revoked")));
		mvc.perform(as(editorToken, get("/api/v1/articles/987654321")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/articles/cbt-explained/related")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/openapi.yaml"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("openapi: 3.1.0")));
	}

	@Test
	void anAuthorCreatesADraftButCannotPublishIt() throws Exception {
		String slug = Drafts.uniqueSlug("api-author");
		JsonNode created = body(mvc
			.perform(as(authorToken, post("/api/v1/articles")).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Drafts.publishable(slug))))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/articles/"))));
		assertThat(created.get("owner").asString()).isEqualTo("api-author@haven.test");
		assertThat(created.get("status").asString()).isEqualTo("DRAFT");

		mvc.perform(as(authorToken, post("/api/v1/articles/" + created.get("id").asLong() + "/publish"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + created.get("version").asLong() + "}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anEditorPublishesAndAStaleSaveIsAConflictWithTheCurrentArticle() throws Exception {
		String slug = Drafts.uniqueSlug("api-editor");
		JsonNode created = body(
				mvc.perform(as(editorToken, post("/api/v1/articles")).contentType(MediaType.APPLICATION_JSON)
					.content(json.writeValueAsString(Drafts.publishable(slug)))));
		long id = created.get("id").asLong();

		JsonNode published = body(mvc
			.perform(
					as(editorToken, post("/api/v1/articles/" + id + "/publish")).contentType(MediaType.APPLICATION_JSON)
						.content("{\"version\":" + created.get("version").asLong() + "}"))
			.andExpect(status().isOk()));
		assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
		mvc.perform(get("/articles/" + slug)).andExpect(status().isOk());

		String stale = "{\"version\":" + created.get("version").asLong() + ",\"draft\":"
				+ json.writeValueAsString(Drafts.withBody(Drafts.publishable(slug), "Mine.")) + "}";
		mvc.perform(
				as(editorToken, put("/api/v1/articles/" + id)).contentType(MediaType.APPLICATION_JSON).content(stale))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Edit conflict"))
			.andExpect(jsonPath("$.current.version").value(published.get("version").asLong()));
	}

	@Test
	void aDraftThatBreaksTheRulesIsA422NamingTheFields() throws Exception {
		mvc.perform(as(editorToken, post("/api/v1/articles")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"\",\"slug\":\"Bad Slug\",\"body\":\"x\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("title", "slug", "category")));
		mvc.perform(as(editorToken, post("/api/v1/articles")).contentType(MediaType.APPLICATION_JSON).content("{oops"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aRevokedTokenStopsWorking() throws Exception {
		String token = tokens.issue("api-editor@haven.test", "short-lived");
		mvc.perform(as(token, get("/api/v1/articles?stage=published&size=2")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2));
		long id = tokens.of("api-editor@haven.test")
			.stream()
			.filter(t -> t.name().equals("short-lived"))
			.findFirst()
			.orElseThrow()
			.id();

		tokens.revoke("api-editor@haven.test", id);

		mvc.perform(as(token, get("/api/v1/articles"))).andExpect(status().isUnauthorized());
	}

	@Test
	void aReadTokenReadsButChangesNothing() throws Exception {
		String token = tokens.issue("api-editor@haven.test", "reader", TokenScope.READ, null);

		mvc.perform(as(token, get("/api/v1/articles?size=1"))).andExpect(status().isOk());
		mvc.perform(as(token, post("/api/v1/articles")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Not allowed\",\"category\":\"anxiety\",\"body\":\"x\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("may only read")));
	}

	@Test
	void aTokenStopsWorkingWhenItExpires() throws Exception {
		String token = tokens.issue("api-editor@haven.test", "for a month", TokenScope.WRITE, Duration.ofDays(30));
		mvc.perform(as(token, get("/api/v1/articles?size=1"))).andExpect(status().isOk());

		clock.advance(Duration.ofDays(30));
		try {
			mvc.perform(as(token, get("/api/v1/articles?size=1"))).andExpect(status().isUnauthorized());
			assertThat(tokens.of("api-editor@haven.test")).anySatisfy(t -> {
				assertThat(t.name()).isEqualTo("for a month");
				assertThat(t.expired()).isTrue();
			});
		}
		finally {
			clock.set(EditorIntegrationTest.NOW);
		}
	}

	private JsonNode body(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

}
