package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.haven.support.BrowserForms;
import org.haven.support.EditorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in over real HTTP, as a browser does: the session id changes on sign-in
 * (session fixation).
 */
@EditorIntegrationTest
class SignInHttpIntegrationTest {

	@LocalServerPort
	int port;

	final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void signingInGivesANewSessionId() throws Exception {
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String before = BrowserForms.sessionId(page);
		String token = BrowserForms.csrfToken(page);

		String form = "email=" + BrowserForms.encode(EditorIntegrationTest.ADMIN_EMAIL) + "&password="
				+ BrowserForms.encode(EditorIntegrationTest.ADMIN_PASSWORD) + "&_csrf=" + BrowserForms.encode(token);
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "JSESSIONID=" + before)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
		String after = BrowserForms.sessionId(signedIn);
		assertThat(after).isNotEqualTo(before);

		HttpResponse<String> dashboard = client.send(
				HttpRequest.newBuilder(uri("/admin")).header("Cookie", "JSESSIONID=" + after).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(dashboard.statusCode()).isEqualTo(200);
		HttpResponse<String> oldSession = client.send(HttpRequest.newBuilder(uri("/admin"))
			.header("Accept", "text/html")
			.header("Cookie", "JSESSIONID=" + before)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(oldSession.statusCode()).isEqualTo(302);
		assertThat(oldSession.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
