package org.haven.article;

import java.time.LocalDate;
import java.util.List;

import org.haven.content.FrontMatter.Faq;
import org.haven.content.TocEntry;
import org.jspecify.annotations.Nullable;

/**
 * An article as its own page shows it. {@code bodyHtml} was sanitised when it was rendered; {@code bodyText} is the
 * same body as plain text, rendered with it, for the full-text index.
 */
public record ArticleDetail(ArticleCard card, String bodyHtml, String bodyText, List<TocEntry> toc, List<Faq> faq, int wordCount,
		@Nullable AuthorView reviewer, @Nullable LocalDate lastReviewed, @Nullable String cover,
		@Nullable String coverAlt) {

	/** Clinically reviewed: has a reviewer and a review date. */
	public boolean reviewed() {
		return reviewer != null && lastReviewed != null;
	}

}
