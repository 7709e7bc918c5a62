package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.haven.support.BrowserForms;
import org.haven.support.Http;
import org.haven.support.SiteIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With no accounts and no configured admin (the shared site context), the first admin is
 * created through the one-time setup link, which then stops working.
 */
@SiteIntegrationTest
class FirstAdminSetupIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	FirstAdmin firstAdmin;

	@Autowired
	EditorAccounts accounts;

	final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void theSetupLinkCreatesTheFirstAdminOnce() throws Exception {
		assertThat(accounts.none()).isTrue();
		assertThat(Http.get(port, "/setup/not-the-token").statusCode()).isEqualTo(404);
		String link = firstAdmin.newSetupLink();

		HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri(link)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Create the first admin account");
		String session = BrowserForms.sessionId(page);
		String token = BrowserForms.csrfToken(page);

		HttpResponse<String> mismatch = post(link, session, token, "first@haven.test", "a long enough secret",
				"a different secret");
		assertThat(mismatch.statusCode()).isEqualTo(200);
		assertThat(mismatch.body()).contains("The two passwords are not the same", "first@haven.test");
		assertThat(accounts.none()).isTrue();

		HttpResponse<String> created = post(link, session, token, "first@haven.test", "a long enough secret",
				"a long enough secret");
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/login?setup=1");
		assertThat(accounts.all()).singleElement().satisfies(a -> {
			assertThat(a.email()).isEqualTo("first@haven.test");
			assertThat(a.role()).isEqualTo(Role.ADMIN);
		});

		assertThat(Http.get(port, link).statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> post(String link, String session, String csrf, String email, String password,
			String confirm) throws Exception {
		String form = "email=" + BrowserForms.encode(email) + "&name=First&password=" + BrowserForms.encode(password)
				+ "&confirm=" + BrowserForms.encode(confirm) + "&_csrf=" + BrowserForms.encode(csrf);
		return client.send(HttpRequest.newBuilder(uri(link))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "JSESSIONID=" + session)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
