package org.haven.article;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/**
 * A safe-messaging finding that an editor, admin or reviewer judged right for its article
 * (a quotation, say), with the reason, the revision it was made on, who and when. It
 * covers that rule's finding of the same words, wherever later edits move them.
 */
@Entity
class FindingAcknowledgement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long articleId;

	private int revision;

	private String ruleId = "";

	private String matched = "";

	private String reason = "";

	private String acknowledgedBy = "";

	private Instant createdAt = Instant.EPOCH;

	protected FindingAcknowledgement() {
	}

	FindingAcknowledgement(long articleId, int revision, String ruleId, String matched, String reason,
			String acknowledgedBy, Instant createdAt) {
		this.articleId = articleId;
		this.revision = revision;
		this.ruleId = ruleId;
		this.matched = key(matched);
		this.reason = reason;
		this.acknowledgedBy = acknowledgedBy;
		this.createdAt = createdAt;
	}

	/** Words match whatever their case and spacing. */
	static String key(String matched) {
		return matched.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	boolean covers(String ruleId, String matched) {
		return this.ruleId.equals(ruleId) && this.matched.equals(key(matched));
	}

	int getRevision() {
		return revision;
	}

	String getReason() {
		return reason;
	}

	String getAcknowledgedBy() {
		return acknowledgedBy;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

}
