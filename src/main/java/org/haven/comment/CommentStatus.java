package org.haven.comment;

/** Where a comment stands: only approved ones are shown to readers. */
public enum CommentStatus {

	PENDING, APPROVED, SPAM, TRASH

}
