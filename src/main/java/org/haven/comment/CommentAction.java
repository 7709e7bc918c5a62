package org.haven.comment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One moderation step, for the audit: which comment, what, who and when. */
@Entity
@Table(name = "comment_action")
class CommentAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
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
