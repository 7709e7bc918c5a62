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
 * An account that can sign in to the editor. The password is stored only as an Argon2
 * hash.
 */
@Entity
@Table(name = "editor_user")
class EditorUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String email = "";

	private String displayName = "";

	private String passwordHash = "";

	@Enumerated(EnumType.STRING)
	private Role role = Role.AUTHOR;

	private boolean enabled = true;

	private Instant createdAt = Instant.EPOCH;

	/**
	 * The author profile this account signs clinical reviews as (name and credentials
	 * readers see).
	 */
	private @Nullable String authorSlug;

	/**
	 * Changes with every change of rights, so sessions signed in before it can be told
	 * apart.
	 */
	private long securityStamp;

	protected EditorUser() {
	}

	EditorUser(String email, String displayName, String passwordHash, Role role, Instant createdAt) {
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = createdAt;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.securityStamp++;
	}

	void setEnabled(boolean enabled) {
		if (enabled != this.enabled) {
			this.securityStamp++;
		}
		this.enabled = enabled;
	}

	void setRole(Role role) {
		if (role != this.role) {
			this.securityStamp++;
		}
		this.role = role;
	}

	long getSecurityStamp() {
		return securityStamp;
	}

	@Nullable Long getId() {
		return id;
	}

	String getEmail() {
		return email;
	}

	String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	Role getRole() {
		return role;
	}

	boolean isEnabled() {
		return enabled;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	@Nullable String getAuthorSlug() {
		return authorSlug;
	}

	void setAuthorSlug(@Nullable String authorSlug) {
		this.authorSlug = authorSlug;
	}

}
