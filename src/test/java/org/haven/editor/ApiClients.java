package org.haven.editor;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Accounts with personal API tokens for the API tests, and requests that carry a token.
 */
final class ApiClients {

	private ApiClients() {
	}

	/**
	 * A fresh token for the account {@code email}, created with {@code role} if it does
	 * not exist yet.
	 */
	static String tokenFor(EditorAccounts accounts, ApiTokens tokens, String email, Role role) {
		if (accounts.all().stream().noneMatch(account -> account.email().equals(email))) {
			accounts.create(email, "", "a long enough password", role);
		}
		return tokens.issue(email, "test");
	}

	static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Bearer " + token);
	}

}
