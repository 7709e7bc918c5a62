package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.editor.ApiClients.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.haven.article.ArticleEditing;
import org.haven.article.ClinicalReview;
import org.haven.article.EditableArticle;
import org.haven.article.EditorialQueries;
import org.haven.article.ReviewDecision;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.HtmlChecker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Clinical review through the editor and the API: roles, the sign-off form, the queue and
 * acknowledgements.
 */
@EditorIntegrationTest
class ReviewIntegrationTest {

	static final String REVIEWER_EMAIL = "clinician@haven.test";

	static final RequestPostProcessor REVIEWER = user(REVIEWER_EMAIL).roles("REVIEWER", "AUTHOR");

	static final RequestPostProcessor AUTHOR = user("author@haven.test").roles("AUTHOR");

	static final RequestPostProcessor EDITOR = user("editor@haven.test").roles("EDITOR", "REVIEWER", "AUTHOR");

	static final String UNSAFE = "Worry often gets louder at night.\n\nHe committed suicide in 1998.\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleEditing editing;

	@Autowired
	EditorialQueries queries;

	@Autowired
	ClinicalReview review;

	@Autowired
	EditorAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@BeforeEach
	void reviewerAccount() {
		ApiClients.tokenFor(accounts, tokens, REVIEWER_EMAIL, Role.REVIEWER);
		accounts.update(REVIEWER_EMAIL, Role.REVIEWER, true, "sam-reyes", EditorIntegrationTest.ADMIN_EMAIL);
	}

	@Test
	void aReviewerLandsOnTheQueueAndSignsOffFromTheArticlePage() throws Exception {
		EditableArticle inReview = inReview("queue");

		mvc.perform(get("/admin").with(REVIEWER)).andExpect(redirectedUrl("/admin/reviews"));
		String queue = mvc.perform(get("/admin/reviews").with(REVIEWER)).andReturn().getResponse().getContentAsString();
		assertThat(HtmlChecker.errors(queue)).isEmpty();
		assertThat(queue).contains("Waiting for review", inReview.draft().title());

		String page = mvc.perform(get("/admin/articles/" + inReview.id() + "/edit").with(REVIEWER))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlChecker.errors(page)).isEmpty();
		assertThat(page).contains("Clinical sign-off", "value=\"approve\"").doesNotContain("name=\"reviewer\"");

		mvc.perform(post("/admin/articles/" + inReview.id() + "/review").with(REVIEWER)
			.with(csrf())
			.param("version", String.valueOf(inReview.version()))
			.param("decision", "approve")
			.param("comment", "Accurate.")).andExpect(redirectedUrl("/admin/articles/" + inReview.id() + "/edit"));

		assertThat(queries.editable(inReview.id()).review().reviewer()).isEqualTo("sam-reyes");
		assertThat(review.history(inReview.id())).singleElement()
			.satisfies(s -> assertThat(s.decision()).isEqualTo(ReviewDecision.APPROVED));
		String revisions = mvc.perform(get("/admin/articles/" + inReview.id() + "/revisions").with(EDITOR))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlChecker.errors(revisions)).isEmpty();
		assertThat(revisions).contains("Clinical sign-offs", "Approved", "Accurate.");
	}

	@Test
	void aReviewerWithoutAProfileWithCredentialsCannotSignOff() throws Exception {
		EditableArticle inReview = inReview("no-profile");
		accounts.update(REVIEWER_EMAIL, Role.REVIEWER, true, "", EditorIntegrationTest.ADMIN_EMAIL);
		signOffAsReviewer(inReview);
		accounts.update(REVIEWER_EMAIL, Role.REVIEWER, true, "not-an-author", EditorIntegrationTest.ADMIN_EMAIL);
		signOffAsReviewer(inReview);

		assertThat(queries.editable(inReview.id()).review().reviewed()).isFalse();
		assertThat(review.history(inReview.id())).isEmpty();
	}

	private void signOffAsReviewer(EditableArticle article) throws Exception {
		mvc.perform(post("/admin/articles/" + article.id() + "/review").with(REVIEWER)
			.with(csrf())
			.param("version", String.valueOf(article.version()))
			.param("decision", "approve"))
			.andExpect(redirectedUrl("/admin/articles/" + article.id() + "/edit"))
			.andExpect(flash().attribute("notice", org.hamcrest.Matchers.containsString("author profile")));
	}

	@Test
	void anAuthorCannotSignOffAndAReviewerCannotSignOffTheirOwnArticle() throws Exception {
		EditableArticle inReview = inReview("authors");
		mvc.perform(post("/admin/articles/" + inReview.id() + "/review").with(AUTHOR)
			.with(csrf())
			.param("version", String.valueOf(inReview.version()))
			.param("decision", "approve")).andExpect(status().isForbidden());

		EditableArticle own = editing.create(Drafts.publishable(Drafts.uniqueSlug("own")), REVIEWER_EMAIL);
		EditableArticle ownInReview = editing.submitForReview(own.id(), own.version(), own.draft(), REVIEWER_EMAIL);
		String refused = mvc
			.perform(post("/admin/articles/" + own.id() + "/review").with(REVIEWER)
				.with(csrf())
				.param("version", String.valueOf(ownInReview.version()))
				.param("decision", "approve"))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("another reviewer must sign it off");
		assertThat(queries.editable(own.id()).review().reviewed()).isFalse();
	}

	@Test
	void theApiSignsOffRefusesOwnArticlesAndWillNotTakeReviewFieldsFromASave() throws Exception {
		String token = tokens.issue(REVIEWER_EMAIL, "test");
		EditableArticle inReview = inReview("api");

		mvc.perform(
				as(token, post("/api/v1/articles/" + inReview.id() + "/review")).contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\":" + inReview.version() + ",\"decision\":\"approve\",\"comment\":\"Fine.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.review.reviewer").value("sam-reyes"));
		mvc.perform(as(token, get("/api/v1/articles/" + inReview.id() + "/reviews")))
			.andExpect(jsonPath("$[0].decision").value("APPROVED"));
		EditableArticle approved = queries.editable(inReview.id());
		assertThat(approved.draft().reviewer()).isEqualTo("sam-reyes");
		assertThat(queries.signedOff(inReview.id())).as("what a save is compared with: the row says what the file says")
			.isEqualTo(new EditorialQueries.SignedOff(approved.draft().reviewer(), approved.draft().lastReviewed()));

		EditableArticle own = editing.create(Drafts.publishable(Drafts.uniqueSlug("api-own")), REVIEWER_EMAIL);
		EditableArticle ownInReview = editing.submitForReview(own.id(), own.version(), own.draft(), REVIEWER_EMAIL);
		mvc.perform(as(token, post("/api/v1/articles/" + own.id() + "/review")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + ownInReview.version() + ",\"decision\":\"approve\",\"comment\":\"\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail")
				.value("You wrote or started this article, so another reviewer must sign it off."));

		EditableArticle mine = editing.create(Drafts.publishable(Drafts.uniqueSlug("api-save")), REVIEWER_EMAIL);
		mvc.perform(as(token, put("/api/v1/articles/" + mine.id())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + mine.version() + ",\"draft\":{\"title\":\"T\",\"slug\":\"" + mine.draft().slug()
					+ "\",\"category\":\"anxiety\",\"reviewer\":\"sam-reyes\",\"lastReviewed\":\"2026-01-01\","
					+ "\"body\":\"Text.\"}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reviewer"));
	}

	@Test
	void theApiReturnsFindingsOnSaveAndOnlyAReviewerAcknowledgesThemWithAReason() throws Exception {
		String token = tokens.issue(REVIEWER_EMAIL, "test");
		EditableArticle draft = editing.create(Drafts.publishable(Drafts.uniqueSlug("findings")), REVIEWER_EMAIL);

		mvc.perform(
				as(token, put("/api/v1/articles/" + draft.id())).contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\":" + draft.version() + ",\"draft\":{\"title\":\"T\",\"slug\":\""
							+ draft.draft().slug() + "\",\"category\":\"anxiety\",\"body\":\""
							+ UNSAFE.replace("\n", "\\n") + "\"}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.safeMessaging[0].ruleId").value("committed-suicide"))
			.andExpect(jsonPath("$.safeMessaging[0].line").value(3))
			.andExpect(jsonPath("$.safeMessaging[0].acknowledged").doesNotExist());

		String path = "/admin/articles/" + draft.id() + "/findings/acknowledge";
		mvc.perform(post(path).with(AUTHOR)
			.with(csrf())
			.param("ruleId", "committed-suicide")
			.param("matched", "committed suicide")
			.param("reason", "Quoted.")).andExpect(status().isForbidden());
		mvc.perform(post(path).with(REVIEWER)
			.with(csrf())
			.param("ruleId", "committed-suicide")
			.param("matched", "committed suicide")
			.param("reason", "")).andExpect(status().isFound());
		assertThat(queries.editable(draft.id()).safeMessaging()).allMatch(f -> f.open());

		mvc.perform(post(path).with(REVIEWER)
			.with(csrf())
			.param("ruleId", "committed-suicide")
			.param("matched", "committed suicide")
			.param("reason", "The words of a 1998 court record, quoted and discussed.")).andExpect(status().isFound());
		assertThat(queries.editable(draft.id()).safeMessaging()).singleElement()
			.satisfies(f -> assertThat(f.acknowledged().by()).isEqualTo(REVIEWER_EMAIL));
		String page = mvc.perform(get("/admin/articles/" + draft.id() + "/edit").with(EDITOR))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlChecker.errors(page)).isEmpty();
		assertThat(page).contains("Safe messaging", "Acknowledged by " + REVIEWER_EMAIL);
	}

	private EditableArticle inReview(String prefix) {
		EditableArticle created = editing.create(Drafts.publishable(Drafts.uniqueSlug(prefix)), "author@haven.test");
		return editing.submitForReview(created.id(), created.version(), created.draft(), "author@haven.test");
	}

}
