package org.haven.feed;

import java.time.Instant;
import java.util.HexFormat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Prepared output (a feed, a sitemap, robots.txt) with its validators: an ETag from the bytes, computed the way the
 * anonymous page cache computes its own so both paths agree, and the last-modified time of its content.
 */
record FeedDocument(byte[] body, String etag, Instant lastModified) {

	static FeedDocument of(byte[] body, Instant lastModified) {
		return new FeedDocument(body, etagOf(body), lastModified);
	}

	static String etagOf(byte[] body) {
		try {
			String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
			return "\"" + hex.substring(0, 20) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
