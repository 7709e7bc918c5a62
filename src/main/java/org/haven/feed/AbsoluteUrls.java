package org.haven.feed;

/**
 * Makes site-relative {@code href} and {@code src} attributes in sanitised HTML absolute,
 * so feed readers, which show the content away from the site, can follow links and load
 * images. Protocol-relative ({@code //host}) and absolute URLs, fragments and anything
 * else are left alone.
 * <p>
 * It finds what the pattern {@code \s(href|src)\s*=\s*["']/(?![/\\])} (ASCII letters in
 * either case) finds, by looking around each {@code =} instead of trying the pattern at
 * every character: a feed runs this over the whole text of twenty articles, and a regular
 * expression that starts with {@code \s} cannot skip ahead.
 */
final class AbsoluteUrls {

	private AbsoluteUrls() {
	}

	static String in(String html, String baseUrl) {
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		StringBuilder out = null;
		int copied = 0;
		int equals = html.indexOf('=');
		while (equals >= 0) {
			int from = equals + 1;
			int slash = relativeValueAfter(html, equals);
			if (slash >= 0) {
				if (out == null) {
					out = new StringBuilder(html.length() + 32 * base.length());
				}
				out.append(html, copied, slash).append(base);
				copied = slash;
				from = slash + 1;
			}
			equals = html.indexOf('=', from);
		}
		return out == null ? html : out.append(html, copied, html.length()).toString();
	}

	/**
	 * Where the site-relative value's leading {@code /} is, if the {@code =} at
	 * {@code equals} belongs to an {@code href} or {@code src} attribute with one; else
	 * -1.
	 */
	private static int relativeValueAfter(String html, int equals) {
		int nameEnd = equals - 1;
		while (nameEnd >= 0 && isSpace(html.charAt(nameEnd))) {
			nameEnd--;
		}
		if (!endsWithAttribute(html, nameEnd, "href") && !endsWithAttribute(html, nameEnd, "src")) {
			return -1;
		}
		int at = equals + 1;
		while (at < html.length() && isSpace(html.charAt(at))) {
			at++;
		}
		if (at + 1 >= html.length() || (html.charAt(at) != '"' && html.charAt(at) != '\'')
				|| html.charAt(at + 1) != '/') {
			return -1;
		}
		int slash = at + 1;
		if (slash + 1 < html.length() && (html.charAt(slash + 1) == '/' || html.charAt(slash + 1) == '\\')) {
			return -1;
		}
		return slash;
	}

	/**
	 * Whether {@code name} (lower case) ends at {@code last}, with white space before it.
	 */
	private static boolean endsWithAttribute(String html, int last, String name) {
		int start = last - name.length() + 1;
		if (start < 1 || !isSpace(html.charAt(start - 1))) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			// ASCII letters only, as the pattern's CASE_INSENSITIVE: 'ſ' is not an 's'
			if ((html.charAt(start + i) | 0x20) != name.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * {@code \s} of a regular expression: space, tab, line feed, vertical tab, form feed,
	 * return.
	 */
	private static boolean isSpace(char c) {
		return c == ' ' || (c >= '\t' && c <= '\r');
	}

}
