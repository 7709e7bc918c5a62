package org.haven.migrate;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * A post's HTML as Markdown: Gutenberg's block comments go, WordPress's automatic
 * paragraphs (blank lines) become real ones, links to other posts of the site point at
 * their Haven address, and the rest is converted by flexmark. What has no Markdown form
 * stays as HTML, which Haven sanitises when it renders.
 */
final class WordPressHtml {

	private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:[^>]*?-->");

	private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1>");

	private static final Pattern BLOCK_TAG = Pattern
		.compile("(?i)<(p|div|h[1-6]|ul|ol|table|blockquote|pre|figure)\\b");

	private static final Pattern HREF = Pattern.compile("(href|src)=\"([^\"]+)\"");

	private static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter
		.builder(new MutableDataSet().set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
			.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, true)
			.set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false))
		.build();

	private WordPressHtml() {
	}

	/** {@code addresses} maps old URLs (links, attachments) to Haven paths. */
	static String toMarkdown(String html, Map<String, String> addresses) {
		String clean = SCRIPT.matcher(BLOCK_COMMENT.matcher(html).replaceAll("")).replaceAll("");
		clean = autoParagraphs(clean);
		Matcher m = HREF.matcher(clean);
		StringBuilder out = new StringBuilder(clean.length());
		while (m.find()) {
			String url = m.group(2).replace("&amp;", "&");
			String moved = addresses.get(url);
			if (moved == null && url.endsWith("/")) {
				moved = addresses.get(url.substring(0, url.length() - 1));
			}
			if (moved == null && !url.endsWith("/")) {
				moved = addresses.get(url + "/");
			}
			m.appendReplacement(out,
					Matcher.quoteReplacement(m.group(1) + "=\"" + (moved != null ? moved : m.group(2)) + "\""));
		}
		m.appendTail(out);
		return CONVERTER.convert(out.toString()).strip();
	}

	/**
	 * WordPress's wpautop in short: text without block tags gets a paragraph per blank
	 * line.
	 */
	private static String autoParagraphs(String html) {
		if (BLOCK_TAG.matcher(html).find()) {
			return html;
		}
		StringBuilder out = new StringBuilder();
		for (String paragraph : html.strip().split("\\r?\\n\\s*\\r?\\n")) {
			if (!paragraph.isBlank()) {
				out.append("<p>").append(paragraph.strip().replace("\n", "<br>\n")).append("</p>\n");
			}
		}
		return out.toString();
	}

}
