package org.haven.article;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

import org.jspecify.annotations.Nullable;

/** A standing page such as About, Privacy or Disclaimer, from {@code content/pages/}. */
@Entity
class Page {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String slug = "";

	private String title = "";

	private String summary = "";

	private String bodyHtml = "";

	private boolean published = true;

	private Instant updatedAt = Instant.EPOCH;

	private @Nullable String sourcePath;

	private @Nullable String contentHash;

	/** Old addresses that answer with a redirect to this page. */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "page_alias", joinColumns = @JoinColumn(name = "page_id"))
	@Column(name = "path")
	private Set<String> aliases = new LinkedHashSet<>();

	protected Page() {
	}

	Page(String slug) {
		this.slug = slug;
	}

	String getSlug() {
		return slug;
	}

	String getTitle() {
		return title;
	}

	String getSummary() {
		return summary;
	}

	String getBodyHtml() {
		return bodyHtml;
	}

	boolean isPublished() {
		return published;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	@Nullable String getSourcePath() {
		return sourcePath;
	}

	@Nullable String getContentHash() {
		return contentHash;
	}

	Set<String> getAliases() {
		return aliases;
	}

	void update(String title, String summary, String bodyHtml, Instant updatedAt, String sourcePath,
			@Nullable String contentHash, Set<String> aliases) {
		this.title = title;
		this.summary = summary;
		this.bodyHtml = bodyHtml;
		this.updatedAt = updatedAt;
		this.sourcePath = sourcePath;
		this.contentHash = contentHash;
		this.aliases.retainAll(aliases);
		this.aliases.addAll(aliases);
		this.published = true;
	}

	void withdraw() {
		this.published = false;
	}

}
