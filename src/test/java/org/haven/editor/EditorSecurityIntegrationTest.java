package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpSession;

import org.haven.article.ArticleEditing;
import org.haven.article.EditableArticle;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who gets into the admin and what they may do there: sign-in, CSRF, roles, ownership,
 * throttling.
 */
@EditorIntegrationTest
class EditorSecurityIntegrationTest {

	static final RequestPostProcessor EDITOR = user("editor@haven.test").roles("EDITOR", "AUTHOR");

	static final RequestPostProcessor AUTHOR = user("author@haven.test").roles("AUTHOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleEditing editing;

	@Autowired
	EditorAccounts accounts;

	@Autowired
	EditorUserRepository users;

	@Autowired
	LoginThrottle throttle;

	@AfterEach
	void forgetFailures() {
		throttle.forgetAll();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin/articles", "/admin/articles/new", "/admin/articles/1/edit",
			"/admin/articles/1/revisions", "/admin/articles/1/revisions/1", "/admin/users", "/admin/categories",
			"/admin/categories/anxiety/edit" })
	void anonymousReadersAreSentToSignInFromEveryAdminPage(String path) throws Exception {
		mvc.perform(get(path).accept("text/html")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/articles", "/admin/articles/1", "/admin/articles/preview",
			"/admin/articles/1/revisions/1/restore", "/admin/users", "/admin/categories", "/admin/categories/anxiety",
			"/admin/categories/merge" })
	void anonymousWritesAreRefused(String path) throws Exception {
		mvc.perform(post(path).with(csrf())).andExpect(status().isUnauthorized());
		mvc.perform(post(path)).andExpect(status().isForbidden());
	}

	@Test
	void aFormWithoutItsCsrfTokenIsForbiddenEvenWhenSignedIn() throws Exception {
		mvc.perform(post("/admin/articles").with(EDITOR).param("title", "No token")).andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(EDITOR)).andExpect(status().isForbidden());
	}

	@Test
	void theSignInPageAndTheReaderSiteArePublic() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk());
		mvc.perform(get("/articles/cbt-explained")).andExpect(status().isOk());
	}

	@Test
	void authorsCannotPublish() throws Exception {
		EditableArticle own = editing.create(Drafts.publishable(Drafts.uniqueSlug("author-own")), "author@haven.test");

		mvc.perform(post("/admin/articles/" + own.id()).with(AUTHOR)
			.with(csrf())
			.param("action", "publish")
			.param("version", Long.toString(own.version()))
			.param("title", own.draft().title())
			.param("category", "anxiety")
			.param("summary", "s")
			.param("body", "b")).andExpect(status().isForbidden());
	}

	@Test
	void authorsEditTheirOwnDraftsButNotOthersWork() throws Exception {
		EditableArticle own = editing.create(Drafts.publishable(Drafts.uniqueSlug("mine")), "author@haven.test");
		EditableArticle theirs = editing.create(Drafts.publishable(Drafts.uniqueSlug("theirs")), "other@haven.test");

		mvc.perform(post("/admin/articles/" + own.id()).with(AUTHOR)
			.with(csrf())
			.param("action", "save")
			.param("version", Long.toString(own.version()))
			.param("title", "My own words")
			.param("slug", own.draft().slug())
			.param("category", "anxiety")
			.param("body", "Text"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/articles/" + own.id() + "/edit"));

		mvc.perform(post("/admin/articles/" + theirs.id()).with(AUTHOR)
			.with(csrf())
			.param("action", "save")
			.param("version", Long.toString(theirs.version()))
			.param("title", "Taken over")
			.param("slug", theirs.draft().slug())
			.param("category", "anxiety")
			.param("body", "Text")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/articles/" + theirs.id() + "/revisions/1/restore").with(AUTHOR)
			.with(csrf())
			.param("version", Long.toString(theirs.version()))).andExpect(status().isForbidden());
	}

	@Test
	void onlyAdminsManageAccounts() throws Exception {
		mvc.perform(get("/admin/users").with(EDITOR)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(user("root@haven.test").roles("ADMIN", "EDITOR", "AUTHOR")))
			.andExpect(status().isOk());
	}

	@Test
	void theFirstAdminSignsInWithAnArgon2HashedPassword() throws Exception {
		assertThat(users.findByEmailIgnoreCase(EditorIntegrationTest.ADMIN_EMAIL))
			.hasValueSatisfying(u -> assertThat(u.getPasswordHash()).startsWith("{argon2}$argon2id$"));

		MvcResult result = mvc
			.perform(post("/login").with(csrf())
				.param("email", EditorIntegrationTest.ADMIN_EMAIL)
				.param("password", EditorIntegrationTest.ADMIN_PASSWORD))
			.andExpect(redirectedUrl("/admin"))
			.andReturn();

		HttpSession after = result.getRequest().getSession(false);
		assertThat(after).isNotNull();
		mvc.perform(get("/admin").session((MockHttpSession) after)).andExpect(status().isOk());
		mvc.perform(post("/logout").session((MockHttpSession) after).with(csrf()))
			.andExpect(redirectedUrl("/login?signed-out=1"));
	}

	@Test
	void wrongPasswordsSayWhatWentWrongAndFiveLockTheAccount() throws Exception {
		accounts.create("locked@haven.test", "Lock", "the right long password", Role.AUTHOR);
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").with(csrf())
				.with(remote("10.0.0." + i))
				.param("email", "locked@haven.test")
				.param("password", "wrong guess " + i)).andExpect(redirectedUrl("/login?error=1"));
		}

		mvc.perform(post("/login").with(csrf())
			.with(remote("10.0.1.1"))
			.param("email", "locked@haven.test")
			.param("password", "the right long password")).andExpect(redirectedUrl("/login?locked=1"));
		String page = mvc.perform(get("/login?locked=1")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Too many failed sign-ins", "15 minutes");
	}

	@Test
	void manyFailuresFromOneAddressLockThatAddress() throws Exception {
		for (int i = 0; i < 20; i++) {
			mvc.perform(post("/login").with(csrf())
				.with(remote("10.9.9.9"))
				.param("email", "nobody" + i + "@haven.test")
				.param("password", "wrong")).andExpect(redirectedUrl("/login?error=1"));
		}
		mvc.perform(post("/login").with(csrf())
			.with(remote("10.9.9.9"))
			.param("email", EditorIntegrationTest.ADMIN_EMAIL)
			.param("password", EditorIntegrationTest.ADMIN_PASSWORD)).andExpect(redirectedUrl("/login?locked=1"));
	}

	@Test
	void adminPagesAreNeverCachedOrFramed() throws Exception {
		mvc.perform(get("/admin").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
	}

	private static RequestPostProcessor remote(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
