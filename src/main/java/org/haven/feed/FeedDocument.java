package org.haven.feed;

import java.time.Instant;

import org.haven.common.Sha256;

/**
 * Prepared output (a feed, a sitemap, robots.txt) with its validators: an ETag from the
 * bytes, computed the way the anonymous page cache computes its own so both paths agree,
 * and the last-modified time of its content.
 */
record FeedDocument(byte[] body, String etag, Instant lastModified) {

	static FeedDocument of(byte[] body, Instant lastModified) {
		return new FeedDocument(body, etagOf(body), lastModified);
	}

	static String etagOf(byte[] body) {
		return "\"" + Sha256.hex(body).substring(0, 20) + "\"";
	}

}
