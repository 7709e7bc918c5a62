package org.haven.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Plain HTTP against the running test server, through every filter, as a browser or feed
 * reader would ask: HTML accepted, redirects not followed. Absolute URLs (from feeds,
 * sitemaps) are reduced to their path and query.
 */
public final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int port;

	public Http(int port) {
		this.port = port;
	}

	/** GET {@code path} with header name/value pairs. */
	public HttpResponse<String> get(String path, String... headers) {
		return get(port, path, headers);
	}

	public static HttpResponse<String> get(int port, String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + local(path)))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.timeout(Duration.ofSeconds(20));
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

	private static String local(String path) {
		if (!path.startsWith("http://") && !path.startsWith("https://")) {
			return path;
		}
		URI uri = URI.create(path);
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

}
