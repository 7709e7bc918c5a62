package org.haven.migrate;

import org.jspecify.annotations.Nullable;

/**
 * One {@code <wp:comment>} of a post or page: {@code approved} is WordPress's {@code 1},
 * {@code 0}, {@code spam} or {@code trash}; {@code type} is empty (or {@code comment})
 * for a reader's comment, {@code pingback} or {@code trackback} for a notice from another
 * site. {@code parentId} is 0 for a comment that answers none.
 */
record WxrComment(long id, long parentId, String author, @Nullable String email, @Nullable String dateGmt,
		@Nullable String date, String content, String approved, String type) {

	boolean fromAReader() {
		return type.isEmpty() || type.equals("comment");
	}

}
