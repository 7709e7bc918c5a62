package org.haven.content;

import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.web.util.HtmlUtils;

/**
 * One line of Markdown (a caption, a photo credit with its link) as HTML without a block
 * around it. Raw HTML in the text is shown as text and unsafe link targets are dropped,
 * so the result may go into a page as it is.
 */
public final class InlineMarkdown {

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private InlineMarkdown() {
	}

	public static String html(String markdown) {
		String html = RENDERER.render(PARSER.parse(markdown.strip().replaceAll("\\s*\\R\\s*", " "))).strip();
		if (html.startsWith("<p>") && html.endsWith("</p>")) {
			return html.substring("<p>".length(), html.length() - "</p>".length());
		}
		// a line that Markdown reads as a block of its own (a heading, a list item): its
		// text, escaped
		return HtmlUtils.htmlEscape(markdown.strip());
	}

	/**
	 * The same line as plain text, its Markdown marks and link targets dropped: for an
	 * image's alt text made from a caption.
	 */
	public static String text(String markdown) {
		return HtmlUtils.htmlUnescape(TAG.matcher(html(markdown)).replaceAll(""));
	}

}
