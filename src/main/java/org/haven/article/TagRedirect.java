package org.haven.article;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The old slug of a renamed or merged tag, and where it lives now. */
@Entity
class TagRedirect {

	@Id
	private String fromSlug = "";

	private String toSlug = "";

	private Instant createdAt = Instant.EPOCH;

	protected TagRedirect() {
	}

	TagRedirect(String fromSlug, String toSlug, Instant createdAt) {
		this.fromSlug = fromSlug;
		this.toSlug = toSlug;
		this.createdAt = createdAt;
	}

	String getFromSlug() { return fromSlug; }
	String getToSlug() { return toSlug; }
	void pointTo(String slug) { this.toSlug = slug; }

}
