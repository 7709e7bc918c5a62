package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Admins create accounts, change roles, disable sign-in and set new passwords; everyone
 * changes their own.
 */
@EditorIntegrationTest
class AccountsIntegrationTest {

	static final RequestPostProcessor ADMIN = user("root@haven.test").roles("ADMIN", "EDITOR", "AUTHOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	EditorAccounts accounts;

	@Autowired
	LoginThrottle throttle;

	@AfterEach
	void forgetFailedSignIns() {
		throttle.forgetAll();
	}

	@Test
	void anAdminCreatesAnAccountSetsANewPasswordAndCanDisableIt() throws Exception {
		String email = Drafts.uniqueSlug("writer") + "@haven.test";
		mvc.perform(post("/admin/users").with(ADMIN)
			.with(csrf())
			.param("email", email)
			.param("name", "Writer")
			.param("password", "first password is long")
			.param("role", "AUTHOR")).andExpect(redirectedUrl("/admin/users"));
		signIn(email, "first password is long").andExpect(redirectedUrl("/admin"));

		mvc.perform(post("/admin/users/update").with(ADMIN)
			.with(csrf())
			.param("email", email)
			.param("role", "EDITOR")
			.param("enabled", "true")
			.param("password", "second password is long")).andExpect(redirectedUrl("/admin/users"));
		signIn(email, "first password is long").andExpect(redirectedUrl("/login?error=1"));
		signIn(email, "second password is long").andExpect(redirectedUrl("/admin"));
		assertThat(accounts.all()).anySatisfy(a -> {
			assertThat(a.email()).isEqualTo(email);
			assertThat(a.role()).isEqualTo(Role.EDITOR);
		});

		mvc.perform(post("/admin/users/update").with(ADMIN).with(csrf()).param("email", email).param("role", "EDITOR"))
			.andExpect(redirectedUrl("/admin/users"));
		signIn(email, "second password is long").andExpect(redirectedUrl("/login?error=1"));
	}

	@Test
	void anAdminCannotLockThemselvesOut() throws Exception {
		String page = mvc
			.perform(post("/admin/users/update").with(user(EditorIntegrationTest.ADMIN_EMAIL).roles("ADMIN"))
				.with(csrf())
				.param("email", EditorIntegrationTest.ADMIN_EMAIL)
				.param("role", "AUTHOR")
				.param("enabled", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("You cannot remove your own admin role");
	}

	@Test
	void everyoneChangesTheirOwnPasswordAfterGivingTheCurrentOne() throws Exception {
		String email = Drafts.uniqueSlug("self") + "@haven.test";
		accounts.create(email, "", "the original password", Role.AUTHOR);
		RequestPostProcessor me = user(email).roles("AUTHOR");

		String wrong = mvc
			.perform(post("/admin/account/password").with(me)
				.with(csrf())
				.param("current", "not it at all")
				.param("password", "a brand new password")
				.param("confirm", "a brand new password"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrong).contains("Your current password is not right.");

		mvc.perform(post("/admin/account/password").with(me)
			.with(csrf())
			.param("current", "the original password")
			.param("password", "a brand new password")
			.param("confirm", "a brand new password")).andExpect(redirectedUrl("/admin/account"));
		signIn(email, "a brand new password").andExpect(redirectedUrl("/admin"));
	}

	@Test
	void disablingAnAccountEndsItsSessionsAtOnce() throws Exception {
		String email = Drafts.uniqueSlug("leaver") + "@haven.test";
		accounts.create(email, "", "a password for leaving", Role.EDITOR);
		MockHttpSession session = signedIn(email, "a password for leaving");
		mvc.perform(get("/admin").session(session)).andExpect(status().isOk());

		accounts.update(email, Role.EDITOR, false, null, EditorIntegrationTest.ADMIN_EMAIL);

		mvc.perform(get("/admin").session(session).accept("text/html")).andExpect(redirectedUrl("/login"));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void aNewRoleEndsTheSessionsSignedInWithTheOldOne() throws Exception {
		String email = Drafts.uniqueSlug("demoted") + "@haven.test";
		accounts.create(email, "", "a password for an admin", Role.ADMIN);
		MockHttpSession session = signedIn(email, "a password for an admin");
		mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());

		accounts.update(email, Role.AUTHOR, true, null, EditorIntegrationTest.ADMIN_EMAIL);

		mvc.perform(get("/admin/users").session(session).accept("text/html")).andExpect(redirectedUrl("/login"));
		MockHttpSession again = signedIn(email, "a password for an admin");
		mvc.perform(get("/admin/users").session(again)).andExpect(status().isForbidden());
	}

	@Test
	void anAdminsPasswordResetEndsTheAccountsSessions() throws Exception {
		String email = Drafts.uniqueSlug("forgetful") + "@haven.test";
		accounts.create(email, "", "the password before", Role.AUTHOR);
		MockHttpSession session = signedIn(email, "the password before");
		mvc.perform(get("/admin").session(session)).andExpect(status().isOk());

		accounts.changePassword(email, "the password after it");

		mvc.perform(get("/admin").session(session).accept("text/html")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void changingYourOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
		String email = Drafts.uniqueSlug("careful") + "@haven.test";
		accounts.create(email, "", "the password before", Role.AUTHOR);
		MockHttpSession here = signedIn(email, "the password before");
		MockHttpSession elsewhere = signedIn(email, "the password before");

		mvc.perform(post("/admin/account/password").session(here)
			.with(csrf())
			.param("current", "the password before")
			.param("password", "the password after it")
			.param("confirm", "the password after it")).andExpect(redirectedUrl("/admin/account"));

		mvc.perform(get("/admin").session(here)).andExpect(status().isOk());
		mvc.perform(get("/admin").session(elsewhere).accept("text/html")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aDotlessISpellingOfAnAccountSharesItsLockout() throws Exception {
		String slug = Drafts.uniqueSlug("admin");
		accounts.create(slug + "@haven.test", "", "the right password", Role.EDITOR);
		for (int i = 0; i < 5; i++) {
			signIn(slug + "@haven.test", "a wrong password").andExpect(redirectedUrl("/login?error=1"));
		}

		signIn(slug.replace('i', '\u0131') + "@haven.test", "the right password")
			.andExpect(redirectedUrl("/login?locked=1"));
		signIn(slug.toUpperCase(java.util.Locale.ROOT) + "@HAVEN.TEST", "the right password")
			.andExpect(redirectedUrl("/login?locked=1"));
	}

	private MockHttpSession signedIn(String email, String password) throws Exception {
		MvcResult result = signIn(email, password).andExpect(redirectedUrl("/admin")).andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private ResultActions signIn(String email, String password) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password));
	}

}
