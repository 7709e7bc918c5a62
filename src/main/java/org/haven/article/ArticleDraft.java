package org.haven.article;

import java.time.LocalDate;
import java.util.List;

import org.haven.content.FrontMatter.Faq;
import org.jspecify.annotations.Nullable;

/**
 * What an editor writes: the fields of the form and the Markdown body. It becomes the
 * article's file (front matter + body) and a revision when saved. {@code contentNotes}
 * are slugs from the content-notes vocabulary.
 */
public record ArticleDraft(String title, String slug, String summary, String category, List<String> tags,
		@Nullable String author, @Nullable String reviewer, @Nullable LocalDate lastReviewed,
		@Nullable String contentWarning, List<String> contentNotes, boolean featured, List<Faq> faq,
		@Nullable String cover, @Nullable String coverAlt, String body) {

	public ArticleDraft {
		tags = List.copyOf(tags);
		contentNotes = List.copyOf(contentNotes);
		faq = List.copyOf(faq);
	}

	public ArticleDraft withCategory(String category) {
		return new ArticleDraft(title, slug, summary, category, tags, author, reviewer, lastReviewed, contentWarning,
				contentNotes, featured, faq, cover, coverAlt, body);
	}

	/**
	 * The same draft with surrounding spaces gone, empty tags dropped, and blank optional
	 * fields absent.
	 */
	public ArticleDraft trimmed() {
		return new ArticleDraft(title.strip(), slug.strip(), summary.strip(), category.strip(),
				tags.stream().map(String::strip).filter(t -> !t.isEmpty()).toList(), blankToNull(author),
				blankToNull(reviewer), lastReviewed, blankToNull(contentWarning),
				contentNotes.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList(), featured, faq,
				blankToNull(cover), blankToNull(coverAlt), ArticleSource.normalise(body));
	}

	/**
	 * The same draft reviewed by {@code reviewer} on {@code lastReviewed} (or not
	 * reviewed, when both are null).
	 */
	public ArticleDraft withReview(@Nullable String reviewer, @Nullable LocalDate lastReviewed) {
		return new ArticleDraft(title, slug, summary, category, tags, author, reviewer, lastReviewed, contentWarning,
				contentNotes, featured, faq, cover, coverAlt, body);
	}

	public ArticleDraft withTags(List<String> tags) {
		return new ArticleDraft(title, slug, summary, category, tags, author, reviewer, lastReviewed, contentWarning,
				contentNotes, featured, faq, cover, coverAlt, body);
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
