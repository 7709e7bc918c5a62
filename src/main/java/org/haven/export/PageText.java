package org.haven.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the crawl reads in and takes out of a page, as plain scans for fixed strings: a
 * regular expression without a literal start tries every character of a 30 KB page, and a
 * full export does that 30,000 times.
 */
final class PageText {

	private static final String FORM = "<form";

	private static final String SEARCH_ROLE = "role=\"search\"";

	private static final String POST = "method=\"post\"";

	/** The attribute a theme marks a part with that only a running Haven can answer. */
	static final String MARK = " data-needs-server";

	private static final String ARTICLES = "/articles/";

	private PageText() {
	}

	/**
	 * The page without what only a running Haven can answer, since a static host cannot:
	 * search forms ({@code <form … role="search" …>}), forms that post (the newsletter's,
	 * the comment form) and any element a theme marked {@code data-needs-server} (the
	 * block around such a form, with its heading), each with what it holds. Returns
	 * {@code html} itself when it has none.
	 */
	static String forStaticHost(String html) {
		List<int[]> drop = new ArrayList<>();
		for (int form = html.indexOf(FORM); form >= 0; form = html.indexOf(FORM, form + FORM.length())) {
			int tagEnd = html.indexOf('>', form);
			if (tagEnd < 0) {
				break;
			}
			if (Character.isLetterOrDigit(html.charAt(form + FORM.length()))) {
				continue; // another element's name that starts alike
			}
			String tag = html.substring(form, tagEnd);
			if (tag.contains(SEARCH_ROLE) || tag.toLowerCase(Locale.ROOT).contains(POST)) {
				addElement(html, form, tagEnd, drop);
			}
		}
		for (int mark = html.indexOf(MARK); mark >= 0; mark = html.indexOf(MARK, mark + MARK.length())) {
			int start = html.lastIndexOf('<', mark);
			int tagEnd = html.indexOf('>', mark);
			if (start >= 0 && tagEnd >= 0 && html.lastIndexOf('>', mark) < start) {
				addElement(html, start, tagEnd, drop);
			}
		}
		if (drop.isEmpty()) {
			return html;
		}
		drop.sort(Comparator.comparingInt(range -> range[0]));
		StringBuilder out = new StringBuilder(html.length());
		int copied = 0;
		for (int[] range : drop) {
			if (range[0] >= copied) {
				out.append(html, copied, range[0]);
			}
			// an element inside one already dropped goes with it
			copied = Math.max(copied, range[1]);
		}
		return out.append(html, copied, html.length()).toString();
	}

	private static void addElement(String html, int start, int tagEnd, List<int[]> drop) {
		int end = elementEnd(html, start, tagEnd);
		if (end > 0) {
			drop.add(new int[] { start, end });
		}
	}

	/**
	 * Where the element whose start tag is between {@code at} and {@code tagEnd} ends
	 * (after its end tag, elements of the same name inside it counted), or -1.
	 */
	private static int elementEnd(String html, int at, int tagEnd) {
		int nameEnd = at + 1;
		while (nameEnd < tagEnd && Character.isLetterOrDigit(html.charAt(nameEnd))) {
			nameEnd++;
		}
		// tags as the templates write them, in lower case, as the forms are found
		String name = html.substring(at + 1, nameEnd);
		String open = "<" + name;
		String close = "</" + name + ">";
		int depth = 1;
		int from = tagEnd + 1;
		while (depth > 0) {
			int nextClose = html.indexOf(close, from);
			if (nextClose < 0) {
				return -1;
			}
			int nextOpen = html.indexOf(open, from);
			if (nextOpen >= 0 && nextOpen < nextClose && nextOpen + open.length() < html.length()
					&& !Character.isLetterOrDigit(html.charAt(nextOpen + open.length()))) {
				depth++;
				from = nextOpen + open.length();
			}
			else {
				depth--;
				from = nextClose + close.length();
			}
		}
		return from;
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
