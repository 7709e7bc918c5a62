package org.haven.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The header of an article or page, in Hugo's keys plus Haven's own. Unknown keys are
 * kept in {@link #extra()} rather than rejected; Hugo keys Haven reads but does not write
 * itself ({@code description}, {@code expiryDate}, {@code weight}, {@code keywords},
 * {@code series}, {@code images}) are kept there too, so a save never drops them.
 * {@code warnings} are problems that did not stop the file, such as a duplicate key.
 */
public record FrontMatter(@Nullable String title, @Nullable String slug, @Nullable Instant date,
		@Nullable Instant lastmod, boolean draft, List<String> categories, List<String> tags, @Nullable String summary,
		List<String> authors, @Nullable String cover, @Nullable String coverAlt, boolean featured, List<String> aliases,
		@Nullable String reviewedBy, @Nullable LocalDate lastReviewed, @Nullable LocalDate nextReview,
		@Nullable String contentWarning, List<String> contentNotes, List<Faq> faq, Hugo hugo, Map<String, Object> extra,
		Map<String, Integer> keyLines, List<ImportProblem> warnings) {

	/**
	 * The key of a cover's caption (a Hugo theme's {@code cover.caption} is read into
	 * it), kept with the unknown keys and shown under the cover on the article's page.
	 */
	public static final String COVER_CAPTION = "cover_caption";

	/** A question and answer pair shown in an article's FAQ block. */
	public record Faq(String question, String answer) {
	}

	/**
	 * Hugo's keys beyond Haven's own: the meta description, when the article leaves the
	 * site, its pin order, meta keywords and the series it belongs to.
	 */
	public record Hugo(@Nullable String description, @Nullable Instant expiryDate, @Nullable Integer weight,
			List<String> keywords, List<String> series) {

		public static final Hugo NONE = new Hugo(null, null, null, List.of(), List.of());

	}

	/** The first category, which is the article's primary one. */
	public @Nullable String primaryCategory() {
		return categories.isEmpty() ? null : categories.get(0);
	}

	/**
	 * The line in the file where {@code key} is declared, or the first line of the front
	 * matter.
	 */
	public int lineOf(String... keys) {
		for (String key : keys) {
			Integer line = keyLines.get(key);
			if (line != null) {
				return line;
			}
		}
		return 1;
	}

	/**
	 * A string value of an unknown key, for documents (authors, pages) with keys of their
	 * own.
	 */
	public @Nullable String extraString(String key) {
		Object value = extra.get(key);
		return value == null ? null : value.toString();
	}

	/**
	 * The same header with other categories and authors, as an import resolves names to
	 * slugs.
	 */
	public FrontMatter withCategoriesAndAuthors(List<String> newCategories, List<String> newAuthors) {
		return new FrontMatter(title, slug, date, lastmod, draft, List.copyOf(newCategories), tags, summary,
				List.copyOf(newAuthors), cover, coverAlt, featured, aliases, reviewedBy, lastReviewed, nextReview,
				contentWarning, contentNotes, faq, hugo, extra, keyLines, warnings);
	}

}
