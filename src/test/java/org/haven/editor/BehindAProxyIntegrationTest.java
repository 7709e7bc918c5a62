package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.support.BrowserForms;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.RawHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a reverse proxy every connection comes from the proxy. Haven takes the client's
 * address and protocol from {@code X-Forwarded-For}/{@code -Proto} only when the
 * connection comes from a trusted proxy
 * ({@code server.tomcat.remoteip.internal-proxies}), so the sign-in throttle counts real
 * clients and cookies turn {@code Secure} behind TLS, while anyone else's forwarding
 * headers change nothing.
 */
@EditorIntegrationTest
class BehindAProxyIntegrationTest {

	static final int FAILURES_PER_ADDRESS = 20;

	static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

	@LocalServerPort
	int port;

	@Autowired
	LoginThrottle throttle;

	@AfterEach
	void forgetFailedSignIns() {
		throttle.forgetAll();
	}

	@Test
	void aTrustedProxysForwardedForIsTheAddressTheThrottleCounts() {
		RawHttp proxy = new RawHttp(port, EditorIntegrationTest.TRUSTED_PROXY);
		failSignInsFrom(proxy, "203.0.113.50");

		assertThat(adminSignIn(proxy, "X-Forwarded-For", "203.0.113.50").header("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked=1"));
		assertThat(adminSignIn(proxy, "X-Forwarded-For", "203.0.113.51").header("Location"))
			.as("another client behind the same proxy")
			.hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
	}

	@Test
	void anUntrustedForwardedForIsIgnored() {
		RawHttp client = new RawHttp(port, "127.0.0.1");
		for (int i = 0; i < FAILURES_PER_ADDRESS; i++) {
			signIn(client, "nobody-" + i + "@haven.test", "a wrong password", "X-Forwarded-For", "198.51.100." + i);
		}

		assertThat(adminSignIn(client, "X-Forwarded-For", "198.51.100.200").header("Location"))
			.as("a new X-Forwarded-For from the same untrusted connection is still the same client")
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked=1"));
		assertThat(adminSignIn(new RawHttp(port, EditorIntegrationTest.TRUSTED_PROXY), "X-Forwarded-For", "127.0.0.1")
			.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked=1"));
	}

	@Test
	void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() {
		RawHttp proxy = new RawHttp(port, EditorIntegrationTest.TRUSTED_PROXY);
		RawHttp.Response viaTls = proxy.get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");

		assertThat(viaTls.header("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("Secure"));
		assertThat(viaTls.header("Strict-Transport-Security")).isPresent();

		RawHttp.Response plain = proxy.get("/login", "X-Forwarded-For", "203.0.113.9");
		assertThat(plain.header("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).doesNotContain("Secure"));
		assertThat(plain.header("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void anUntrustedClientCannotClaimTls() {
		RawHttp.Response claimed = new RawHttp(port, "127.0.0.1").get("/login", "X-Forwarded-Proto", "https");

		assertThat(claimed.header("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).doesNotContain("Secure"));
		assertThat(claimed.header("Strict-Transport-Security")).isEmpty();
	}

	private void failSignInsFrom(RawHttp proxy, String client) {
		for (int i = 0; i < FAILURES_PER_ADDRESS; i++) {
			signIn(proxy, "nobody-" + i + "@haven.test", "a wrong password", "X-Forwarded-For", client);
		}
	}

	private RawHttp.Response adminSignIn(RawHttp from, String... headers) {
		return signIn(from, EditorIntegrationTest.ADMIN_EMAIL, EditorIntegrationTest.ADMIN_PASSWORD, headers);
	}

	private RawHttp.Response signIn(RawHttp from, String email, String password, String... headers) {
		RawHttp.Response page = from.get("/login", headers);
		Matcher session = SESSION.matcher(page.header("Set-Cookie").orElseThrow());
		assertThat(session.find()).isTrue();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).isTrue();
		String form = "email=" + BrowserForms.encode(email) + "&password=" + BrowserForms.encode(password) + "&_csrf="
				+ BrowserForms.encode(token.group(1));
		String[] withCookie = new String[headers.length + 2];
		System.arraycopy(headers, 0, withCookie, 0, headers.length);
		withCookie[headers.length] = "Cookie";
		withCookie[headers.length + 1] = "JSESSIONID=" + session.group(1);
		return from.postForm("/login", form, withCookie);
	}

}
