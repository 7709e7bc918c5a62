package org.haven.article;

import java.util.List;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.haven.content.FrontMatter.Faq;
import org.haven.content.TocEntry;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * An article's text as written and as rendered once (on import or save): the Markdown,
 * the sanitised HTML, the plain text for search, the table of contents and the FAQ. A row
 * of its own, loaded only when the article's own page, the search index or the editor
 * needs it: cards, lists, feeds and the sitemap never read it. Bodies of the articles
 * read together (a feed's items, a batch of the search index's build) load together.
 */
@Entity
@Table(name = "article_body")
@BatchSize(size = 200)
class RenderedBody {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_body_seq")
	@SequenceGenerator(name = "article_body_seq", sequenceName = "article_seq", allocationSize = 50)
	private @Nullable Long id;

	private String bodyMarkdown = "";

	private String bodyHtml = "";

	/** The body as plain text, for the full-text index; rendered with the HTML. */
	private String bodyText = "";

	@Convert(converter = JsonColumns.TocConverter.class)
	private List<TocEntry> toc = List.of();

	@Convert(converter = JsonColumns.FaqConverter.class)
	private List<Faq> faq = List.of();

	protected RenderedBody() {
	}

	static RenderedBody empty() {
		return new RenderedBody();
	}

	/** Takes a new rendering in place, so the article keeps its body row. */
	void replace(String markdown, String html, String text, List<TocEntry> toc, List<Faq> faq) {
		this.bodyMarkdown = markdown;
		this.bodyHtml = html;
		this.bodyText = text;
		this.toc = toc;
		this.faq = faq;
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

}
