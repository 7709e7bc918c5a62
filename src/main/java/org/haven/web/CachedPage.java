package org.haven.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A rendered anonymous response kept as bytes: its headers, body, gzip variant and ETag. */
record CachedPage(String contentType, Map<String, List<String>> headers, byte[] body, byte[] gzip, String etag) {

	static CachedPage of(String contentType, Map<String, List<String>> headers, byte[] body) {
		return new CachedPage(contentType, headers, body, gzip(body), etagOf(body));
	}

	static String etagOf(byte[] body) {
		return "\"" + sha256(body).substring(0, 20) + "\"";
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
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
