package org.haven.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.haven.content.ContentReader;

/** A rendered anonymous response kept as bytes: its headers, body, gzip variant and ETag. */
record CachedPage(String contentType, Map<String, List<String>> headers, byte[] body, byte[] gzip, String etag) {

	static CachedPage of(String contentType, Map<String, List<String>> headers, byte[] body) {
		return new CachedPage(contentType, headers, body, gzip(body), etagOf(body));
	}

	static String etagOf(byte[] body) {
		return "\"" + ContentReader.hash(body).substring(0, 20) + "\"";
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
