package org.haven.feed;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * Answers a prepared document with its ETag and Last-Modified, or 304 when the client's
 * copy is current.
 */
final class ConditionalResponses {

	private ConditionalResponses() {
	}

	static ResponseEntity<byte[]> respond(FeedDocument document, MediaType type, WebRequest request) {
		long lastModified = document.lastModified().toEpochMilli();
		if (request.checkNotModified(document.etag(), lastModified)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
				.eTag(document.etag())
				.lastModified(lastModified)
				.build();
		}
		return ResponseEntity.ok()
			.contentType(type)
			.eTag(document.etag())
			.lastModified(lastModified)
			.body(document.body());
	}

}
