package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.support.EditorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in over real HTTP, as a browser does: the session id changes on sign-in (session fixation). */
@EditorIntegrationTest
class SignInHttpIntegrationTest {

	private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void signingInGivesANewSessionId() throws Exception {
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String before = find(SESSION, page.headers().firstValue("Set-Cookie").orElseThrow());
		String token = find(CSRF, page.body());

		String form = "email=" + encode(EditorIntegrationTest.ADMIN_EMAIL) + "&password="
				+ encode(EditorIntegrationTest.ADMIN_PASSWORD) + "&_csrf=" + encode(token);
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "JSESSIONID=" + before)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
		String after = find(SESSION, signedIn.headers().firstValue("Set-Cookie").orElseThrow());
		assertThat(after).isNotEqualTo(before);

		HttpResponse<String> dashboard = client.send(
				HttpRequest.newBuilder(uri("/admin")).header("Cookie", "JSESSIONID=" + after).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(dashboard.statusCode()).isEqualTo(200);
		HttpResponse<String> oldSession = client.send(
				HttpRequest.newBuilder(uri("/admin"))
					.header("Accept", "text/html")
					.header("Cookie", "JSESSIONID=" + before)
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(oldSession.statusCode()).isEqualTo(302);
		assertThat(oldSession.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String find(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		assertThat(m.find()).as("%s in %s", pattern, text).isTrue();
		return m.group(1);
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
