package org.haven.comment;

import java.util.Set;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.ListBlock;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.haven.content.HtmlSanitizer;

/**
 * Comments are Markdown limited to paragraphs, emphasis, lists, quotes and links: no
 * headings, code blocks, images or raw HTML (which is escaped, so it shows as typed). The
 * result goes through the articles' sanitiser with the comment allowlist, which also
 * gives every link {@code rel="nofollow ugc"}.
 */
final class CommentMarkdown {

	private static final Parser PARSER = Parser.builder()
		.enabledBlockTypes(Set.of(BlockQuote.class, ListBlock.class))
		.build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.softbreak("<br>")
		.build();

	private CommentMarkdown() {
	}

	/** The text of rendered comment HTML, for structured data and feed titles. */
	static String plain(String html) {
		return html.replaceAll("<[^>]*>", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#34;", "\"")
			.replace("&#39;", "'")
			.replace("&#64;", "@")
			.replace("&amp;", "&")
			.replaceAll("\\s+", " ")
			.strip();
	}

	static String toHtml(String markdown) {
		return HtmlSanitizer.sanitizeComment(RENDERER.render(PARSER.parse(markdown)));
	}

}
