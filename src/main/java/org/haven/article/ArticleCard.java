package org.haven.article;

import java.time.Instant;
import java.util.List;

import org.haven.taxonomy.ContentNote;
import org.haven.taxonomy.TagRef;
import org.jspecify.annotations.Nullable;

/**
 * An article as lists, feeds and indexes show it: everything but the body.
 * {@code contentNotes} are its typed notes from the vocabulary, in its order;
 * {@code contentWarning} is the free-text wording readers see with them.
 */
public record ArticleCard(long id, String slug, String title, String summary, String categorySlug, String categoryName,
		@Nullable AuthorView author, Instant publishedAt, Instant updatedAt, int readingMinutes, List<TagRef> tags,
		boolean featured, @Nullable String contentWarning, List<ContentNote> contentNotes) {

	public ArticleCard {
		tags = List.copyOf(tags);
		contentNotes = List.copyOf(contentNotes);
	}

	public String url() {
		return "/articles/" + slug;
	}

}
