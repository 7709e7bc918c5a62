package org.haven.support;

import java.util.List;

import org.haven.article.ArticleDraft;

/**
 * Drafts in named states, for editor tests. Slugs are unique per call so tests sharing a
 * context do not collide.
 */
public final class Drafts {

	private static int counter;

	private Drafts() {
	}

	public static synchronized String uniqueSlug(String prefix) {
		return prefix + "-" + (++counter) + "-" + Long.toString(System.nanoTime() % 100000, 36);
	}

	/**
	 * Ready to publish: title, summary, category, tags, a table and a described image.
	 */
	public static ArticleDraft publishable(String slug) {
		return new ArticleDraft("Sleep and worry " + slug, slug, "How worry keeps us awake, and what helps.", "anxiety",
				List.of("Sleep", "Worry"), "maya-okafor", null, null, null, List.of(), false, List.of(), null, null, """
						Worry often gets louder at night.

						| Habit | Helps? |
						| --- | --- |
						| Worry time | Yes |

						![A notebook on a bedside table](/media/notebook.jpg)
						""");
	}

	/** Saveable but not publishable: no summary and an image without alt text. */
	public static ArticleDraft unfinished(String slug) {
		return new ArticleDraft("Unfinished " + slug, slug, "", "anxiety", List.of(), null, null, null, null, List.of(),
				false, List.of(), null, null, "Some notes.\n\n![](/media/x.jpg)\n");
	}

	public static ArticleDraft withBody(ArticleDraft d, String body) {
		return new ArticleDraft(d.title(), d.slug(), d.summary(), d.category(), d.tags(), d.author(), d.reviewer(),
				d.lastReviewed(), d.contentWarning(), d.contentNotes(), d.featured(), d.faq(), d.cover(), d.coverAlt(),
				body);
	}

	public static ArticleDraft withSlug(ArticleDraft d, String slug) {
		return new ArticleDraft(d.title(), slug, d.summary(), d.category(), d.tags(), d.author(), d.reviewer(),
				d.lastReviewed(), d.contentWarning(), d.contentNotes(), d.featured(), d.faq(), d.cover(), d.coverAlt(),
				d.body());
	}

}
