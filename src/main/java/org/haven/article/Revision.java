package org.haven.article;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.jspecify.annotations.Nullable;

/**
 * One saved state of an article's source. Never updated, never deleted with the article's
 * file.
 */
@Entity
class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
	@SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
	private @Nullable Long id;

	private long articleId;

	private int number;

	private String source = "";

	private String contentHash = "";

	private Instant createdAt = Instant.EPOCH;

	private String createdBy = "";

	protected Revision() {
	}

	Revision(long articleId, int number, String source, String contentHash, Instant createdAt, String createdBy) {
		this.articleId = articleId;
		this.number = number;
		this.source = source;
		this.contentHash = contentHash;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	long getArticleId() {
		return articleId;
	}

	int getNumber() {
		return number;
	}

	String getSource() {
		return source;
	}

	String getContentHash() {
		return contentHash;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	String getCreatedBy() {
		return createdBy;
	}

}
