package org.haven.content;

import java.util.List;

/** A draft that cannot be saved or published as it is; nothing was written. */
public class DraftRejected extends RuntimeException {

	private final List<DraftProblem> problems;

	public DraftRejected(List<DraftProblem> problems) {
		super(problems.size() + " problem(s): " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<DraftProblem> problems() {
		return problems;
	}

}
