package org.haven.subscription;

/** How often a subscriber hears from the site. */
public enum Frequency {

	/** A mail for each new article they follow. */
	EACH,
	/** One mail a week listing the new articles they follow. */
	WEEKLY

}
