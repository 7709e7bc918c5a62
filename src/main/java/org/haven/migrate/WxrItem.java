package org.haven.migrate;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One {@code <item>} of a WordPress export: a post, a page or an attachment, with what
 * Haven keeps of it. Categories are given by their nice names, tags by their names.
 */
record WxrItem(long id, String type, String status, String title, String slug, String link, @Nullable String dateGmt,
		@Nullable String date, String creator, String html, String excerpt, List<String> categories, List<String> tags,
		@Nullable Long thumbnailId, @Nullable String attachmentUrl, List<WxrComment> comments) {
}
