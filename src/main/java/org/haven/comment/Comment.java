package org.haven.comment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One comment. {@code crisis} marks one held by the crisis-language hold: it is never
 * approved automatically and sits at the top of the queue until a moderator decides.
 */
@Entity
@Table(name = "comment")
class Comment {

	@Id
	// from a pooled sequence (V110), not the identity column: an import saves many at
	// once
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comment_seq")
	@SequenceGenerator(name = "comment_seq", sequenceName = "comment_seq", allocationSize = 50)
	private Long id;

	private long articleId;

	private @Nullable Long parentId;

	private String authorName = "";

	private @Nullable String email;

	private @Nullable String emailHash;

	private boolean notifyReplies;

	private String bodyMarkdown = "";

	@Column(name = "body_html")
	private String bodyHtml = "";

	@Enumerated(EnumType.STRING)
	private CommentStatus status = CommentStatus.PENDING;

	private boolean crisis;

	private int spamScore;

	private String spamReasons = "";

	private boolean fromPublication;

	private @Nullable String origin;

	private Instant createdAt = Instant.EPOCH;

	private Instant updatedAt = Instant.EPOCH;

	protected Comment() {
	}

	Comment(long articleId, @Nullable Long parentId, String authorName, String bodyMarkdown, String bodyHtml,
			Instant at) {
		this.articleId = articleId;
		this.parentId = parentId;
		this.authorName = authorName;
		this.bodyMarkdown = bodyMarkdown;
		this.bodyHtml = bodyHtml;
		this.createdAt = at;
		this.updatedAt = at;
	}

	void contact(@Nullable String email, @Nullable String emailHash, boolean notifyReplies) {
		this.email = email;
		this.emailHash = emailHash;
		this.notifyReplies = notifyReplies && email != null;
	}

	void judge(CommentStatus status, boolean crisis, int spamScore, String spamReasons) {
		this.status = status;
		this.crisis = crisis;
		this.spamScore = spamScore;
		this.spamReasons = spamReasons.length() > 500 ? spamReasons.substring(0, 500) : spamReasons;
	}

	void moveTo(CommentStatus status, Instant at) {
		this.status = status;
		this.updatedAt = at;
	}

	/** A moderator's new wording, in Markdown and as rendered and sanitised. */
	void rewrite(String bodyMarkdown, String bodyHtml, Instant at) {
		this.bodyMarkdown = bodyMarkdown;
		this.bodyHtml = bodyHtml;
		this.updatedAt = at;
	}

	/** Where an imported comment came from, for good (see {@code V109}). */
	void importedFrom(String origin) {
		this.origin = origin;
	}

	/** An imported comment's text and state as the other system has them now. */
	void reimport(String bodyMarkdown, String bodyHtml, CommentStatus status, Instant at) {
		this.bodyMarkdown = bodyMarkdown;
		this.bodyHtml = bodyHtml;
		this.status = status;
		this.updatedAt = at;
	}

	void markFromPublication() {
		this.fromPublication = true;
	}

	/** What erasure leaves of a comment that has replies: nothing personal. */
	void forgetPerson(Instant at) {
		this.email = null;
		this.emailHash = null;
		this.notifyReplies = false;
		this.updatedAt = at;
	}

	Long getId() {
		return id;
	}

	long getArticleId() {
		return articleId;
	}

	@Nullable Long getParentId() {
		return parentId;
	}

	String getAuthorName() {
		return authorName;
	}

	@Nullable String getEmail() {
		return email;
	}

	@Nullable String getEmailHash() {
		return emailHash;
	}

	boolean isNotifyReplies() {
		return notifyReplies;
	}

	String getBodyMarkdown() {
		return bodyMarkdown;
	}

	String getBodyHtml() {
		return bodyHtml;
	}

	CommentStatus getStatus() {
		return status;
	}

	boolean isCrisis() {
		return crisis;
	}

	int getSpamScore() {
		return spamScore;
	}

	String getSpamReasons() {
		return spamReasons;
	}

	boolean isFromPublication() {
		return fromPublication;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

}
