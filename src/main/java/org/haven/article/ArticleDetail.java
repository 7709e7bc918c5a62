package org.haven.article;

import java.time.LocalDate;
import java.util.List;

import org.haven.content.FrontMatter.Faq;
import org.haven.content.Reference;
import org.haven.content.TocEntry;
import org.jspecify.annotations.Nullable;

/**
 * An article as its own page shows it. {@code bodyHtml} was sanitised when it was
 * rendered; {@code bodyText} is the same body as plain text, rendered with it, for the
 * full-text index. {@code references} are the works it cites (front matter
 * {@code references:}), in order; {@code keywords} feed the meta keywords and
 * {@code series} names the series the article is part of (Hugo's front-matter keys).
 */
public record ArticleDetail(ArticleCard card, String bodyHtml, String bodyText, List<TocEntry> toc, List<Faq> faq,
		int wordCount, @Nullable AuthorView reviewer, @Nullable LocalDate lastReviewed, @Nullable String cover,
		@Nullable String coverAlt, @Nullable String coverCaption, ReviewStatus review, List<Reference> references,
		List<String> keywords, List<String> series) {

	public ArticleDetail {
		references = List.copyOf(references);
		keywords = List.copyOf(keywords);
		series = List.copyOf(series);
	}

	/** Clinically reviewed: has a reviewer and a review date. */
	public boolean reviewed() {
		return reviewer != null && lastReviewed != null;
	}

	/**
	 * The text readers see is the text a clinician approved (or one that differs only by
	 * typo fixes). An edit that changed more keeps the old review date on the page, but
	 * no longer claims the current text was reviewed.
	 */
	public boolean reviewCurrent() {
		return reviewed() && !review.stale();
	}

}
