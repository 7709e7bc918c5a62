package org.haven.comment;

import org.jspecify.annotations.Nullable;

/**
 * What an editor said about comments for one category or article: nothing (follow the
 * level above: the site for a category, the category for an article), on, or off.
 */
public enum CommentSwitchChoice {

	FOLLOW, ON, OFF;

	static CommentSwitchChoice of(@Nullable Boolean enabled) {
		return enabled == null ? FOLLOW : enabled ? ON : OFF;
	}

}
