package org.haven.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

import org.haven.support.Http;
import org.haven.support.SiteIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Switching the theme while the site runs, through {@code /actuator/theme} on the
 * management port, which listens on loopback only; the public port has no actuator.
 */
@SiteIntegrationTest
class ThemeEndpointIntegrationTest {

	@LocalServerPort
	int publicPort;

	@LocalManagementPort
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
		assertThat(Http.get(publicPort, "/").body()).contains("/themes/calm/css/calm.").doesNotContain("magazine.css");

		HttpResponse<String> response = post("{\"name\":\"magazine\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"active\":\"magazine\"");
		assertThat(themes.active().name()).isEqualTo("magazine");
		String home = Http.get(publicPort, "/").body();
		assertThat(home).contains("/themes/magazine/css/magazine.", "class=\"mag-bar\"", "href=\"/feed.xml\"");

		post("{\"name\":\"calm\"}");
		assertThat(Http.get(publicPort, "/").body()).doesNotContain("magazine.");
	}

	@Test
	void anUnknownThemeIsRefusedAndTheActiveOneKept() {
		HttpResponse<String> response = post("{\"name\":\"nope\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("theme 'nope'", "no such theme");
		assertThat(themes.active().name()).isEqualTo("calm");
	}

	@Test
	void thePublicPortHasNoActuatorWhateverTheHostHeaderSays() {
		assertThat(Http.get(publicPort, "/actuator/theme", "Accept", "application/json").statusCode()).isEqualTo(404);
		assertThat(rawPost(publicPort, "127.0.0.1")).startsWith("HTTP/1.1 404");
		assertThat(rawPost(publicPort, "localhost")).startsWith("HTTP/1.1 404");
		assertThat(Http.get(publicPort, "/actuator/health").statusCode()).isEqualTo(404);
		assertThat(Http.get(publicPort, "/actuator/prometheus").statusCode()).isEqualTo(404);
		assertThat(themes.active().name()).isEqualTo("calm");
	}

	@Test
	void theManagementPortListensOnLoopbackOnly() throws IOException {
		assertThat(port).isNotEqualTo(publicPort);
		InetAddress elsewhere = Collections.list(NetworkInterface.getNetworkInterfaces())
			.stream()
			.flatMap(NetworkInterface::inetAddresses)
			.filter(address -> !address.isLoopbackAddress())
			.findFirst()
			.orElse(null);
		assumeTrue(elsewhere != null, "this machine has no other address");
		try (Socket socket = new Socket()) {
			assertThatThrownBy(() -> socket.connect(new InetSocketAddress(elsewhere, port), 2000))
				.isInstanceOf(IOException.class);
		}
	}

	@Test
	void aBodyThatIsNotJsonIsRefusedSoAPageElsewhereCannotForgeTheSwitch() {
		HttpResponse<String> response = post("{\"name\":\"magazine\"}", "Content-Type", "text/plain");

		assertThat(response.statusCode()).isIn(400, 415);
		assertThat(themes.active().name()).isEqualTo("calm");
	}

	@Test
	void onlyTheEndpointsHavenNeedsAreExposed() {
		assertThat(Http.get(port, "/actuator/env").statusCode()).isEqualTo(404);
		assertThat(Http.get(port, "/actuator/beans").statusCode()).isEqualTo(404);
		HttpResponse<String> health = Http.get(port, "/actuator/health", "Accept", "application/json");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"", "themes");
	}

	/**
	 * A switch sent over loopback with the given Host header, as a DNS-rebound page would
	 * send it.
	 */
	String rawPost(int toPort, String host) {
		String body = "{\"name\":\"magazine\"}";
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), toPort)) {
			socket.getOutputStream()
				.write(("POST /actuator/theme HTTP/1.1\r\nHost: " + host + ":" + toPort
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
