package org.haven.article;

import java.util.List;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import org.haven.content.FrontMatter.Faq;
import org.haven.content.TocEntry;

/**
 * An article's text as written and as rendered once (on import or save): the Markdown,
 * the sanitised HTML, the plain text for search, the table of contents, the FAQ, and the
 * counts readers see.
 */
@Embeddable
class RenderedBody {

	private String bodyMarkdown = "";

	private String bodyHtml = "";

	/** The body as plain text, for the full-text index; rendered with the HTML. */
	private String bodyText = "";

	@Convert(converter = JsonColumns.TocConverter.class)
	private List<TocEntry> toc = List.of();

	@Convert(converter = JsonColumns.FaqConverter.class)
	private List<Faq> faq = List.of();

	private int wordCount;

	private int readingMinutes;

	protected RenderedBody() {
	}

	RenderedBody(String markdown, String html, String text, List<TocEntry> toc, List<Faq> faq, int wordCount,
			int readingMinutes) {
		this.bodyMarkdown = markdown;
		this.bodyHtml = html;
		this.bodyText = text;
		this.toc = toc;
		this.faq = faq;
		this.wordCount = wordCount;
		this.readingMinutes = readingMinutes;
	}

	String markdown() {
		return bodyMarkdown;
	}

	String html() {
		return bodyHtml;
	}

	String text() {
		return bodyText;
	}

	List<TocEntry> toc() {
		return toc;
	}

	List<Faq> faq() {
		return faq;
	}

	int wordCount() {
		return wordCount;
	}

	int readingMinutes() {
		return readingMinutes;
	}

}
