package org.haven.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the crawl reads in and takes out of a page, as plain scans for fixed strings: a
 * regular expression without a literal start tries every character of a 30 KB page, and a
 * full export does that 30,000 times.
 */
final class PageText {

	private static final String FORM = "<form";

	private static final String FORM_END = "</form>";

	private static final String SEARCH_ROLE = "role=\"search\"";

	private static final String ARTICLES = "/articles/";

	private PageText() {
	}

	/**
	 * The page without its search forms ({@code <form … role="search" …>…</form>}): a
	 * static host cannot answer a query. Returns {@code html} itself when it has none.
	 */
	static String withoutSearchForms(String html) {
		int form = html.indexOf(FORM);
		if (form < 0) {
			return html;
		}
		StringBuilder out = null;
		int copied = 0;
		while (form >= 0) {
			int tagEnd = html.indexOf('>', form);
			if (tagEnd < 0) {
				break;
			}
			int close = html.indexOf(FORM_END, tagEnd);
			int role = html.indexOf(SEARCH_ROLE, form);
			if (close < 0) {
				break;
			}
			if (role >= 0 && role < tagEnd) {
				if (out == null) {
					out = new StringBuilder(html.length());
				}
				out.append(html, copied, form);
				copied = close + FORM_END.length();
			}
			form = html.indexOf(FORM, close + FORM_END.length());
		}
		if (out == null) {
			return html;
		}
		return out.append(html, copied, html.length()).toString();
	}

	/**
	 * The slugs of the articles a page or feed mentions by address
	 * ({@code /articles/<slug>}), in order of first mention.
	 */
	static List<String> mentionedSlugs(String text) {
		Set<String> slugs = new LinkedHashSet<>();
		int at = text.indexOf(ARTICLES);
		while (at >= 0) {
			int start = at + ARTICLES.length();
			int end = start;
			while (end < text.length() && isSlugCharacter(text.charAt(end))) {
				end++;
			}
			if (end > start && text.charAt(start) != '-') {
				slugs.add(text.substring(start, end));
			}
			at = text.indexOf(ARTICLES, Math.max(end, start));
		}
		return List.copyOf(slugs);
	}

	private static boolean isSlugCharacter(char c) {
		return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
	}

}
