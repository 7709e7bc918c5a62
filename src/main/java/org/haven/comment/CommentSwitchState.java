package org.haven.comment;

/**
 * A category's or an article's comment switch as the admin shows it.
 *
 * @param choice what was said for it
 * @param followed whether comments would be on if it followed the level above (the site
 * for a category, its category for an article), as things are now
 */
public record CommentSwitchState(CommentSwitchChoice choice, boolean followed) {

	/** Whether comments are on for it now. */
	public boolean on() {
		return switch (choice) {
			case ON -> true;
			case OFF -> false;
			case FOLLOW -> followed;
		};
	}

}
