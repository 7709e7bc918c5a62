package org.haven.editor;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A link that shows one article's draft without an account, until it expires or is
 * revoked.
 */
@Entity
@Table(name = "preview_link")
class PreviewLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long articleId;

	private String tokenHash = "";

	private String createdBy = "";

	private Instant createdAt = Instant.EPOCH;

	private Instant expiresAt = Instant.EPOCH;

	private boolean revoked;

	protected PreviewLink() {
	}

	PreviewLink(long articleId, String tokenHash, String createdBy, Instant createdAt, Instant expiresAt) {
		this.articleId = articleId;
		this.tokenHash = tokenHash;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	void revoke() {
		this.revoked = true;
	}

	boolean worksAt(Instant now) {
		return !revoked && now.isBefore(expiresAt);
	}

	@Nullable Long getId() {
		return id;
	}

	long getArticleId() {
		return articleId;
	}

	String getCreatedBy() {
		return createdBy;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	boolean isRevoked() {
		return revoked;
	}

}
