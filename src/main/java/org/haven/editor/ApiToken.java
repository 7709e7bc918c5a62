package org.haven.editor;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A personal token for {@code /api/v1}. It acts as its owner, with the owner's role,
 * narrowed to reading when its scope says so, until it is revoked or expires; only its
 * hash is stored.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String ownerEmail = "";

	private String name = "";

	private String tokenHash = "";

	private Instant createdAt = Instant.EPOCH;

	private @Nullable Instant lastUsedAt;

	private boolean revoked;

	private @Nullable Instant expiresAt;

	@Enumerated(EnumType.STRING)
	private TokenScope scope = TokenScope.WRITE;

	protected ApiToken() {
	}

	ApiToken(String ownerEmail, String name, String tokenHash, Instant createdAt, TokenScope scope,
			@Nullable Instant expiresAt) {
		this.ownerEmail = ownerEmail;
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.scope = scope;
		this.expiresAt = expiresAt;
	}

	TokenScope getScope() {
		return scope;
	}

	@Nullable Instant getExpiresAt() {
		return expiresAt;
	}

	boolean expiredAt(Instant now) {
		return expiresAt != null && !now.isBefore(expiresAt);
	}

	@Nullable Long getId() {
		return id;
	}

	String getOwnerEmail() {
		return ownerEmail;
	}

	String getName() {
		return name;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	@Nullable Instant getLastUsedAt() {
		return lastUsedAt;
	}

	boolean isRevoked() {
		return revoked;
	}

	void used(Instant at) {
		this.lastUsedAt = at;
	}

	void revoke() {
		this.revoked = true;
	}

}
