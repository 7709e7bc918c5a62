package org.haven.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser takes from a page to post its form: the session cookie, the CSRF token,
 * and form encoding.
 */
public final class BrowserForms {

	private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private BrowserForms() {
	}

	public static String sessionId(HttpResponse<String> page) {
		return find(SESSION, page.headers().firstValue("Set-Cookie").orElseThrow());
	}

	public static String csrfToken(HttpResponse<String> page) {
		return find(CSRF, page.body());
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String find(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		assertThat(m.find()).as("%s in %s", pattern, text).isTrue();
		return m.group(1);
	}

}
