package org.haven.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A reader's browser, reduced to what the comment form needs: read the form token from an
 * article page and post the form as a browser would (form-encoded, with an
 * {@code Origin}), without cookies.
 */
public final class CommentForms {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final Pattern TOKEN = Pattern.compile("name=\"form-token\" value=\"([^\"]+)\"");

	private final int port;

	public CommentForms(int port) {
		this.port = port;
	}

	public String origin() {
		return "http://localhost:" + port;
	}

	/** The form token on a page that carries the comment form. */
	public String tokenOn(String path) {
		Matcher matcher = TOKEN.matcher(Http.get(port, path).body());
		if (!matcher.find()) {
			throw new AssertionError(path + " carries no form token");
		}
		return matcher.group(1);
	}

	/** A comment form as a reader fills it in: name, text and the token. */
	public static Map<String, String> comment(String token, String name, String body) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("form-token", token);
		fields.put("website", "");
		fields.put("name", name);
		fields.put("body", body);
		return fields;
	}

	public HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
		String form = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return postRaw(path, form.getBytes(StandardCharsets.UTF_8), headers);
	}

	public HttpResponse<String> postRaw(String path, byte[] body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + path))
			.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
			.header("Origin", origin())
			.timeout(Duration.ofSeconds(20))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.setHeader(headers[i], headers[i + 1]);
		}
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
