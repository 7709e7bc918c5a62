package org.haven.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WordPress's {@code wpautop}, the filter that turns a classic post's blank lines into
 * paragraphs and its single line breaks into {@code <br />
 * } when the post is shown. The classic editor stores text that way, mixed with block
 * tags ({@code
 *
<h2>}, lists, quotes), so its posts must pass through the same steps to keep their
 * paragraphs. Block editor posts are stored as finished HTML and are left alone.
 */
final class WordPressAutop {

	private static final String ALL_BLOCKS = "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul"
			+ "|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article"
			+ "|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)";

	private static final Pattern PRE = Pattern.compile("(?is)<pre\\b.*?</pre>");

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern DOUBLE_BR = Pattern.compile("(?i)<br\\s*/?>\\s*<br\\s*/?>");

	private static final Pattern BLOCK_OPEN = Pattern.compile("(?i)(<" + ALL_BLOCKS + "[\\s/>])");

	private static final Pattern BLOCK_CLOSE = Pattern.compile("(?i)(</" + ALL_BLOCKS + ">)");

	private static final Pattern HR = Pattern.compile("(?i)<hr\\s*?/?>");

	private static final Pattern EMPTY_PARAGRAPH = Pattern.compile("<p>\\s*</p>");

	private static final Pattern TEXT_BEFORE_CLOSE = Pattern.compile("(?i)<p>([^<]+)</(div|address|form)>");

	private static final Pattern LONE_BLOCK_TAG = Pattern.compile("(?i)<p>\\s*(</?" + ALL_BLOCKS + "[^>]*>)\\s*</p>");

	private static final Pattern LIST_ITEM = Pattern.compile("(?is)<p>(<li.+?)</p>");

	private static final Pattern QUOTE_OPEN = Pattern.compile("(?i)<p><blockquote([^>]*)>");

	private static final Pattern BLOCK_AFTER_P = Pattern.compile("(?i)<p>\\s*(</?" + ALL_BLOCKS + "[^>]*>)");

	private static final Pattern BLOCK_BEFORE_END = Pattern.compile("(?i)(</?" + ALL_BLOCKS + "[^>]*>)\\s*</p>");

	private static final Pattern LINE_BREAK = Pattern.compile("(?<!<br />)\\s*\\n");

	private static final Pattern BR_AFTER_BLOCK = Pattern.compile("(?i)(</?" + ALL_BLOCKS + "[^>]*>)\\s*<br />");

	private static final Pattern BR_BEFORE_BLOCK = Pattern
		.compile("(?i)<br />(\\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)");

	private WordPressAutop() {
	}

	static String apply(String html) {
		if (html.isBlank()) {
			return "";
		}
		List<String> pres = new ArrayList<>();
		String text = PRE.matcher(html).replaceAll(m -> {
			pres.add(m.group());
			return "<pre wp-pre-tag-" + (pres.size() - 1) + "></pre>";
		});
		// a line break inside a tag ("<a\nhref=...>") is not one the reader sees
		text = TAG.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group().replace('\n', ' ')));
		text = text.replace("\r\n", "\n").replace('\r', '\n') + "\n";
		text = DOUBLE_BR.matcher(text).replaceAll("\n\n");
		text = BLOCK_OPEN.matcher(text).replaceAll("\n\n$1");
		text = BLOCK_CLOSE.matcher(text).replaceAll("$1\n\n");
		text = HR.matcher(text).replaceAll("<hr />\n\n");
		StringBuilder paragraphs = new StringBuilder(text.length() + 64);
		for (String piece : text.split("\\n\\s*\\n")) {
			String trimmed = strip(piece);
			if (!trimmed.isBlank()) {
				paragraphs.append("<p>").append(trimmed).append("</p>\n");
			}
		}
		text = paragraphs.toString();
		text = EMPTY_PARAGRAPH.matcher(text).replaceAll("");
		text = TEXT_BEFORE_CLOSE.matcher(text).replaceAll("<p>$1</p></$2>");
		text = LONE_BLOCK_TAG.matcher(text).replaceAll("$1");
		text = LIST_ITEM.matcher(text).replaceAll("$1");
		text = QUOTE_OPEN.matcher(text).replaceAll("<blockquote$1><p>");
		text = text.replace("</blockquote></p>", "</p></blockquote>");
		text = BLOCK_AFTER_P.matcher(text).replaceAll("$1");
		text = BLOCK_BEFORE_END.matcher(text).replaceAll("$1");
		text = LINE_BREAK.matcher(text).replaceAll("<br />\n");
		text = BR_AFTER_BLOCK.matcher(text).replaceAll("$1");
		text = BR_BEFORE_BLOCK.matcher(text).replaceAll("$1");
		for (int i = 0; i < pres.size(); i++) {
			text = text.replace("<pre wp-pre-tag-" + i + "></pre>", pres.get(i));
		}
		return text;
	}

	/** Trims line breaks only, as WordPress does, so leading spaces of a line stay. */
	private static String strip(String piece) {
		int start = 0;
		int end = piece.length();
		while (start < end && piece.charAt(start) == '\n') {
			start++;
		}
		while (end > start && piece.charAt(end - 1) == '\n') {
			end--;
		}
		return piece.substring(start, end);
	}

}
