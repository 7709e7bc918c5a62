package org.haven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP against the running test server, through every filter, as a feed reader or browser would call it. */
public final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	public Http(int port) {
		this.port = port;
	}

	/** GET {@code path} (absolute URLs are reduced to their path), with header name/value pairs. */
	public HttpResponse<String> get(String path, String... headers) {
		String target = path.startsWith("http") ? URI.create(path).getRawPath() + query(URI.create(path)) : path;
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target)).GET();
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
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

	private static String query(URI uri) {
		return uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
	}

}
