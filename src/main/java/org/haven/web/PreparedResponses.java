package org.haven.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.MimeHeaders;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * How {@link AnonymousPageCache} turns a full-path answer into a {@link CachedPage}, and
 * sends one back: headers, the encoding the reader accepts, its ETag, and 304 for a
 * current copy.
 */
final class PreparedResponses {

	private static final Set<String> SKIPPED_HEADERS = Set.of("set-cookie", "date", "content-length",
			"transfer-encoding", "content-encoding", "etag", "content-type", "vary", "keep-alive", "connection");

	private static final int MAX_BODY = 2 * 1024 * 1024;

	private static final ConnectorHeaders.Header GZIP = ConnectorHeaders.Header.of(HttpHeaders.CONTENT_ENCODING,
			"gzip");

	private PreparedResponses() {
	}

	@SuppressWarnings("unchecked")
	static @Nullable CachedPage capture(ContentCachingResponseWrapper response, HttpServletRequest request) {
		String type = response.getContentType();
		if (response.getStatus() != 200 || type == null || !cacheableType(type)
				|| response.getHeader(HttpHeaders.SET_COOKIE) != null || response.getContentSize() > MAX_BODY) {
			return null;
		}
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!SKIPPED_HEADERS.contains(name.toLowerCase())) {
				headers.put(name, new ArrayList<>(response.getHeaders(name)));
			}
		}
		headers.putIfAbsent(HttpHeaders.CACHE_CONTROL, List.of(AnonymousPageCache.CACHE_CONTROL));
		// so that a prepared answer names its language as the full path did
		String language = ConnectorHeaders.contentLanguage(request);
		if (language != null) {
			headers.putIfAbsent(HttpHeaders.CONTENT_LANGUAGE, List.of(language));
		}
		return CachedPage.of(type, headers, response.getContentAsByteArray(),
				(Set<Long>) request.getAttribute(AnonymousPageCache.SHOWN_ARTICLES));
	}

	private static boolean cacheableType(String type) {
		return type.startsWith("text/html") || type.startsWith("application/rss+xml")
				|| type.startsWith("application/atom+xml") || type.startsWith("application/xml")
				|| type.startsWith("text/xml") || type.startsWith("text/plain");
	}

	/**
	 * Sends a prepared page; {@code direct} when {@code response} is the connector's own,
	 * so a large body can be handed to it as a file and its headers as bytes. Answers
	 * whether the headers went as bytes.
	 */
	static boolean write(CachedPage page, HttpServletRequest request, HttpServletResponse response, boolean direct)
			throws IOException {
		MimeHeaders table = direct && page.sent() != null && !conditional(request)
				? ConnectorHeaders.emptyTable(request) : null;
		if (table != null) {
			writeAsBytes(page, page.sent(), table, request, response);
			return true;
		}
		page.headers().forEach((name, values) -> {
			response.setHeader(name, values.get(0));
			values.stream().skip(1).forEach(value -> response.addHeader(name, value));
		});
		boolean gzip = AcceptEncoding.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		String etag = page.etag(gzip);
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.VARY, "Accept-Encoding");
		response.setContentType(page.contentType());
		response.setStatus(HttpServletResponse.SC_OK);
		// Compares If-None-Match with the tag of the variant being sent, else
		// If-Modified-Since; sets 304 on a match
		if (new ServletWebRequest(request, response).checkNotModified(etag, page.lastModified())) {
			return false;
		}
		byte[] body = gzip ? page.gzip() : page.body();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			send(page, gzip, body, request, response, direct);
		}
		return false;
	}

	/**
	 * The same answer with its headers put into the connector's table as bytes; for
	 * requests without conditions, which always get the page.
	 */
	private static void writeAsBytes(CachedPage page, CachedPage.SentHeaders sent, MimeHeaders table,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean gzip = AcceptEncoding.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		for (ConnectorHeaders.Header header : sent.common()) {
			ConnectorHeaders.add(table, header);
		}
		ConnectorHeaders.add(table, gzip ? sent.gzipEtag() : sent.etag());
		if (gzip) {
			ConnectorHeaders.add(table, GZIP);
		}
		ConnectorHeaders.addDate(table);
		response.setStatus(HttpServletResponse.SC_OK);
		byte[] body = gzip ? page.gzip() : page.body();
		response.setContentLength(body.length);
		if ("HEAD".equals(request.getMethod())) {
			return;
		}
		send(page, gzip, body, request, response, true);
	}

	private static void send(CachedPage page, boolean gzip, byte[] body, HttpServletRequest request,
			HttpServletResponse response, boolean direct) throws IOException {
		Path file = gzip ? page.gzipFile() : page.bodyFile();
		if (direct && file != null && SentFiles.handOff(request, file, body.length)) {
			return;
		}
		response.getOutputStream().write(body);
	}

	/**
	 * Whether the request carries a validator or precondition, which the servlet path
	 * answers (304, 412).
	 */
	private static boolean conditional(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
				|| request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null
				|| request.getHeader(HttpHeaders.IF_MATCH) != null
				|| request.getHeader(HttpHeaders.IF_UNMODIFIED_SINCE) != null;
	}

}
