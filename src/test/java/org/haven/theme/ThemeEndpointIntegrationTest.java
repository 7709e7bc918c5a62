package org.haven.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.haven.support.Http;
import org.haven.support.SiteIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Switching the theme while the site runs, through {@code /actuator/theme}, which only
 * the machine itself may use.
 */
@SiteIntegrationTest
class ThemeEndpointIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ThemeRegistry themes;

	@AfterEach
	void restoreTheDefaultTheme() {
		themes.activate(ThemeProperties.DEFAULT_THEME);
	}

	@Test
	void listsTheActiveThemeTheLoadedOnesAndProblems() {
		HttpResponse<String> response = Http.get(port, "/actuator/theme", "Accept", "application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"active\":\"calm\"", "\"name\":\"magazine\"", "\"parent\":\"calm\"",
				"\"title\":\"Magazine\"", "\"version\":\"1.0.0\"", "\"problems\":[]");
	}

	@Test
	void aPostFromThisMachineSwitchesWhatReadersSeeAtOnce() {
		assertThat(Http.get(port, "/").body()).contains("/themes/calm/css/calm.").doesNotContain("magazine.css");

		HttpResponse<String> response = post("{\"name\":\"magazine\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"active\":\"magazine\"");
		assertThat(themes.active().name()).isEqualTo("magazine");
		String home = Http.get(port, "/").body();
		assertThat(home).contains("/themes/magazine/css/magazine.", "class=\"mag-bar\"", "href=\"/feed.xml\"");

		post("{\"name\":\"calm\"}");
		assertThat(Http.get(port, "/").body()).doesNotContain("magazine.");
	}

	@Test
	void anUnknownThemeIsRefusedAndTheActiveOneKept() {
		HttpResponse<String> response = post("{\"name\":\"nope\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("theme 'nope'", "no such theme");
		assertThat(themes.active().name()).isEqualTo("calm");
	}

	@Test
	void requestsRelayedByAProxyAreRefused() {
		assertThat(post("{\"name\":\"magazine\"}", "X-Forwarded-For", "203.0.113.9").statusCode()).isEqualTo(403);
		assertThat(post("{\"name\":\"magazine\"}", "Forwarded", "for=203.0.113.9").statusCode()).isEqualTo(403);
		assertThat(Http.get(port, "/actuator/theme", "X-Forwarded-For", "203.0.113.9").statusCode()).isEqualTo(403);
		assertThat(rawPost("attacker.example")).startsWith("HTTP/1.1 403");
		assertThat(rawPost("localhost")).startsWith("HTTP/1.1 200");
		themes.activate("calm");
		assertThat(themes.active().name()).isEqualTo("calm");
	}

	@Test
	void aBodyThatIsNotJsonIsRefusedSoAPageElsewhereCannotForgeTheSwitch() {
		HttpResponse<String> response = post("{\"name\":\"magazine\"}", "Content-Type", "text/plain");

		assertThat(response.statusCode()).isIn(400, 415);
		assertThat(themes.active().name()).isEqualTo("calm");
	}

	@Test
	void otherActuatorEndpointsStayClosedAndHealthShowsOnlyItsStatus() {
		assertThat(Http.get(port, "/actuator/env").statusCode()).isIn(403, 404);
		assertThat(Http.get(port, "/actuator/beans").statusCode()).isIn(403, 404);
		HttpResponse<String> health = Http.get(port, "/actuator/health", "Accept", "application/json");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("problems", "/themes");
	}

	/**
	 * A switch sent over loopback with the given Host header, as a DNS-rebound page would
	 * send it.
	 */
	String rawPost(String host) {
		String body = "{\"name\":\"magazine\"}";
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.getOutputStream()
				.write(("POST /actuator/theme HTTP/1.1\r\nHost: " + host + ":" + port
						+ "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
						+ "\r\nConnection: close\r\n\r\n" + body)
					.getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	HttpResponse<String> post(String json, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/theme"))
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (headers.length < 2 || !"Content-Type".equals(headers[0])) {
			request.header("Content-Type", "application/json");
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
