package org.haven.comment;

/** What a moderator can do to comments, and the status each leads to. */
public enum ModerationAction {

	APPROVE(CommentStatus.APPROVED), UNAPPROVE(CommentStatus.PENDING), SPAM(CommentStatus.SPAM),
	TRASH(CommentStatus.TRASH), RESTORE(CommentStatus.PENDING);

	private final CommentStatus target;

	ModerationAction(CommentStatus target) {
		this.target = target;
	}

	CommentStatus target() {
		return target;
	}

}
