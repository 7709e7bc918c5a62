package org.haven.content.safemessaging;

/** A rule entry that cannot be used, and the line of the rule file that says why. */
final class RuleProblem extends RuntimeException {

	private final int line;

	RuleProblem(int line, String reason) {
		super(reason, null, false, false);
		this.line = line;
	}

	int line() {
		return line;
	}

}
