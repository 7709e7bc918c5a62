package org.haven.comment;

/** Why a comment was not taken, with the status a reader's browser gets. */
public enum CommentProblem {

	UNKNOWN_ARTICLE(404), CLOSED(403), EMPTY(400), TOO_LONG(400), NAME_MISSING(400), NAME_TOO_LONG(400), BAD_EMAIL(400),
	INVALID_TEXT(400), UNKNOWN_PARENT(400);

	private final int status;

	CommentProblem(int status) {
		this.status = status;
	}

	public int status() {
		return status;
	}

}
