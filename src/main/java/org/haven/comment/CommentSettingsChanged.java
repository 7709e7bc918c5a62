package org.haven.comment;

/**
 * Comments were switched on or off, or the closing period changed: any article page may
 * now show them differently.
 */
public record CommentSettingsChanged() {
}
