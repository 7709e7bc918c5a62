package org.haven.article;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/** A person who writes or clinically reviews articles, from {@code content/authors/}. */
@Entity
class Author {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String slug = "";

	private String name = "";

	private @Nullable String credentials;

	private @Nullable String role;

	private String bioHtml = "";

	private @Nullable String sourcePath;

	private @Nullable String contentHash;

	protected Author() {
	}

	Author(String slug) {
		this.slug = slug;
	}

	String getSlug() {
		return slug;
	}

	String getName() {
		return name;
	}

	@Nullable String getCredentials() {
		return credentials;
	}

	@Nullable String getRole() {
		return role;
	}

	String getBioHtml() {
		return bioHtml;
	}

	@Nullable String getContentHash() {
		return contentHash;
	}

	void update(String name, @Nullable String credentials, @Nullable String role, String bioHtml, String sourcePath,
			String contentHash) {
		this.name = name;
		this.credentials = credentials;
		this.role = role;
		this.bioHtml = bioHtml;
		this.sourcePath = sourcePath;
		this.contentHash = contentHash;
	}

}
