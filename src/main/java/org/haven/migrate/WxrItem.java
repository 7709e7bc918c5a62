package org.haven.migrate;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One {@code <item>} of a WordPress export: a post, a page or an attachment, with what
 * Haven keeps of it. Categories are given by their nice names, tags by their names.
 */
record WxrItem(long id, String type, String status, String title, String slug, String link, @Nullable String dateGmt,
		@Nullable String date, String creator, String html, String excerpt, List<String> categories, List<String> tags,
		@Nullable Long thumbnailId, @Nullable String attachmentUrl, List<WxrComment> comments, Flags flags, Text text,
		Place place) {

	/**
	 * A password-protected post, which WordPress showed only to readers with its
	 * password, and a sticky one, which it kept at the top of the blog.
	 */
	record Flags(boolean passwordProtected, boolean sticky) {

	}

	/**
	 * Texts kept in WordPress's post metadata: an image's alt text, and the description
	 * an SEO plugin (Yoast SEO, Rank Math) gave search engines. Empty when there is none.
	 */
	record Text(String imageAlt, String description) {

	}

	/**
	 * Where an item sits: its parent's id (the post an upload was attached to; 0 for
	 * none) and its order among its siblings.
	 */
	record Place(long parent, int menuOrder) {

	}

}
