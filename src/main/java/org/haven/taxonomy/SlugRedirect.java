package org.haven.taxonomy;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** The old slug of a renamed or merged tag or category, and where it lives now. */
@Entity
@IdClass(SlugRedirect.Key.class)
class SlugRedirect {

	/**
	 * What the slug names; its address is {@code /tags/<slug>} or
	 * {@code /categories/<slug>}.
	 */
	enum Kind {

		TAG, CATEGORY

	}

	/** The primary key: a slug is unique within its kind. */
	static final class Key implements Serializable {

		private Kind kind = Kind.TAG;

		private String fromSlug = "";

		Key() {
		}

		Key(Kind kind, String fromSlug) {
			this.kind = kind;
			this.fromSlug = fromSlug;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.kind == kind && key.fromSlug.equals(fromSlug);
		}

		@Override
		public int hashCode() {
			return Objects.hash(kind, fromSlug);
		}

	}

	@Id
	@Enumerated(EnumType.STRING)
	private Kind kind = Kind.TAG;

	@Id
	private String fromSlug = "";

	private String toSlug = "";

	private Instant createdAt = Instant.EPOCH;

	protected SlugRedirect() {
	}

	SlugRedirect(Kind kind, String fromSlug, String toSlug, Instant createdAt) {
		this.kind = kind;
		this.fromSlug = fromSlug;
		this.toSlug = toSlug;
		this.createdAt = createdAt;
	}

	String getToSlug() {
		return toSlug;
	}

	void pointTo(String slug) {
		this.toSlug = slug;
	}

}
