package org.haven.related;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.haven.article.ArticleCard;
import org.haven.taxonomy.ContentNote;
import org.haven.taxonomy.TagRef;

/**
 * Published article cards for related-posts tests, named for what matters to the scorer.
 */
final class Cards {

	private Cards() {
	}

	/**
	 * A published article on {@code day} (yyyy-mm-dd) in {@code category} with
	 * {@code tags} (slugs).
	 */
	static ArticleCard published(long id, String slug, String category, String day, String... tags) {
		return card(id, slug, category, day, null, List.of(), tags);
	}

	static ArticleCard warned(long id, String slug, String category, String day, String warning, String... tags) {
		return card(id, slug, category, day, warning, List.of(), tags);
	}

	/**
	 * A published article carrying typed content notes ({@code notes}, slugs) and no
	 * free-text warning.
	 */
	static ArticleCard noted(long id, String slug, String category, String day, List<String> notes, String... tags) {
		return card(id, slug, category, day, null, notes, tags);
	}

	private static ArticleCard card(long id, String slug, String category, String day, String warning,
			List<String> notes, String... tags) {
		Instant at = Instant.parse(day + "T08:00:00Z");
		List<TagRef> refs = Arrays.stream(tags).map(t -> new TagRef(t, t)).toList();
		return new ArticleCard(id, slug, slug.replace('-', ' '), "Summary of " + slug, category, category, null, at, at,
				4, refs, false, warning, notes.stream().map(n -> new ContentNote(n, n, "")).toList());
	}

}
