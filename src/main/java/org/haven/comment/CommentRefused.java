package org.haven.comment;

/** A comment that was not stored, and why. */
public class CommentRefused extends RuntimeException {

	private final CommentProblem problem;

	public CommentRefused(CommentProblem problem) {
		super("Comment refused: " + problem);
		this.problem = problem;
	}

	public CommentProblem problem() {
		return problem;
	}

}
