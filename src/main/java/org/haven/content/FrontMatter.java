package org.haven.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The YAML header of an article or page, in the Hugo-compatible subset plus Haven's own
 * keys. Unknown keys are kept in {@link #extra()} rather than rejected.
 */
public record FrontMatter(@Nullable String title, @Nullable String slug, @Nullable Instant date,
		@Nullable Instant lastmod, boolean draft, List<String> categories, List<String> tags, @Nullable String summary,
		List<String> authors, @Nullable String cover, @Nullable String coverAlt, boolean featured, List<String> aliases,
		@Nullable String reviewedBy, @Nullable LocalDate lastReviewed, @Nullable LocalDate nextReview,
		@Nullable String contentWarning, List<String> contentNotes, List<Faq> faq, Map<String, Object> extra,
		Map<String, Integer> keyLines) {

	/** A question and answer pair shown in an article's FAQ block. */
	public record Faq(String question, String answer) {
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

}
