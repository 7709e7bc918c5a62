package org.haven.comment;

/**
 * A category's or an article's comment switch as the admin shows it.
 *
 * @param choice what was said for it
 * @param followed whether comments would be on if it followed the level above (the site
 * for a category, its category for an article), as things are now
 * @param siteOn whether comments are on for the site, which no switch below overrides
 */
public record CommentSwitchState(CommentSwitchChoice choice, boolean followed, boolean siteOn) {

	/** Whether comments are on for it now. */
	public boolean on() {
		return siteOn && switch (choice) {
			case ON -> true;
			case OFF -> false;
			case FOLLOW -> followed;
		};
	}

}
