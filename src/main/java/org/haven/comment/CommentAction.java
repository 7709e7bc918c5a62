package org.haven.comment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One moderation step, for the audit: which comment, what, who and when. */
@Entity
@Table(name = "comment_action")
class CommentAction {

	@Id
	// from a pooled sequence (V110), not the identity column: an import saves many at
	// once
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comment_action_seq")
	@SequenceGenerator(name = "comment_action_seq", sequenceName = "comment_action_seq", allocationSize = 50)
	private Long id;

	private long commentId;

	private String action = "";

	private String actor = "";

	private Instant actedAt = Instant.EPOCH;

	protected CommentAction() {
	}

	CommentAction(long commentId, String action, String actor, Instant actedAt) {
		this.commentId = commentId;
		this.action = action;
		this.actor = actor;
		this.actedAt = actedAt;
	}

	long getCommentId() {
		return commentId;
	}

	String getAction() {
		return action;
	}

	String getActor() {
		return actor;
	}

	Instant getActedAt() {
		return actedAt;
	}

}
