package org.haven.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.haven.common.Sha256;
import org.haven.web.ConnectorHeaders.Header;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * A rendered anonymous response kept as bytes: its headers, body, gzip variant and ETag,
 * its Last-Modified time in epoch milliseconds (-1 without one), and the ids of the
 * articles it shows ({@code null} when the page did not say, so any article's change may
 * affect it). Large bodies may also be kept as files ({@code bodyFile}, {@code gzipFile})
 * for the connector to send ({@link SentFiles}).
 */
record CachedPage(String contentType, Map<String, List<String>> headers, byte[] body, byte[] gzip, String etag,
		long lastModified, @Nullable Set<Long> articles, @Nullable Path bodyFile, @Nullable Path gzipFile,
		@Nullable SentHeaders sent) {

	/**
	 * The headers as the bytes sent ({@link ConnectorHeaders}): the page's own with its
	 * content type, and the ETag of each variant.
	 */
	record SentHeaders(List<Header> common, Header etag, Header gzipEtag) {

		static @Nullable SentHeaders of(String contentType, Map<String, List<String>> headers, String etag,
				String gzipEtag) {
			List<Header> own = Header.allOf(headers);
			if (own == null || !Header.sendable(contentType)) {
				return null;
			}
			List<Header> common = new ArrayList<>(own);
			common.add(Header.of(HttpHeaders.CONTENT_TYPE, contentType));
			common.add(Header.of(HttpHeaders.VARY, "Accept-Encoding"));
			return new SentHeaders(List.copyOf(common), Header.of(HttpHeaders.ETAG, etag),
					Header.of(HttpHeaders.ETAG, gzipEtag));
		}

	}

	static CachedPage of(String contentType, Map<String, List<String>> headers, byte[] body) {
		return of(contentType, headers, body, null);
	}

	static CachedPage of(String contentType, Map<String, List<String>> headers, byte[] body,
			@Nullable Set<Long> articles) {
		String etag = etagOf(body);
		return new CachedPage(contentType, headers, body, gzip(body), etag, lastModified(headers), articles, null, null,
				SentHeaders.of(contentType, headers, etag, gzipEtag(etag)));
	}

	CachedPage withFiles(SentFiles files) {
		return new CachedPage(contentType, headers, body, gzip, etag, lastModified, articles, files.keep(body),
				files.keep(gzip), sent);
	}

	/** The same page held in memory only, for a copy that outlives this one's files. */
	CachedPage withoutFiles() {
		return new CachedPage(contentType, headers, body, gzip, etag, lastModified, articles, null, null, sent);
	}

	/**
	 * The ETag of the body sent: the gzip variant has its own (RFC 9110 §8.8.3), so a
	 * cache holding both never takes one for the other. The identity tag is the one feeds
	 * compute for the same bytes.
	 */
	String etag(boolean gzipped) {
		return gzipped ? gzipEtag(etag) : etag;
	}

	private static String gzipEtag(String etag) {
		return etag.substring(0, etag.length() - 1) + "-gz\"";
	}

	/**
	 * Whether a change to article {@code id} (that did not move it) may alter this page.
	 */
	boolean mayShow(long id) {
		return articles == null || articles.contains(id);
	}

	static String etagOf(byte[] body) {
		return "\"" + Sha256.hex(body).substring(0, 20) + "\"";
	}

	private static long lastModified(Map<String, List<String>> headers) {
		List<String> values = headers.get(HttpHeaders.LAST_MODIFIED);
		if (values == null || values.isEmpty()) {
			return -1;
		}
		try {
			return ZonedDateTime.parse(values.get(0), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
		}
		catch (DateTimeParseException ex) {
			return -1;
		}
	}

	int weight() {
		return body.length + gzip.length + 256;
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
