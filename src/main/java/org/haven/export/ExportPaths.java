package org.haven.export;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each address is written so a static host serves it at the same address:
 * {@code /articles/x} as {@code articles/x/index.html}, files with an extension as they
 * are, and list pages ({@code ?page=2}) as {@code page/2/index.html} beside their first
 * page, since static hosts ignore query strings.
 */
final class ExportPaths {

	private static final Pattern PAGE_QUERY = Pattern.compile("^(.*?)\\?page=(\\d+)$");

	private static final String PAGE = "?page=";

	private static final String HREF = "href=\"";

	private ExportPaths() {
	}

	/** The static address of {@code url}: pagination moves from the query to the path. */
	static String staticAddress(String url) {
		Matcher m = PAGE_QUERY.matcher(url);
		if (!m.matches()) {
			return url;
		}
		String base = m.group(1).endsWith("/") ? m.group(1) : m.group(1) + "/";
		return m.group(2).equals("1") ? m.group(1) : base + "page/" + m.group(2) + "/";
	}

	/**
	 * Pagination links in a page rewritten to their static addresses:
	 * {@code href="/tags/x?page=2"} becomes {@code href="/tags/x/page/2/"}, and page 1
	 * the list's own address. A plain scan for {@code ?page=}, since most pages (every
	 * article) have none.
	 */
	static String rewritePagination(String html) {
		int query = html.indexOf(PAGE);
		if (query < 0) {
			return html;
		}
		StringBuilder out = new StringBuilder(html.length());
		int copied = 0;
		while (query >= 0) {
			int digits = query + PAGE.length();
			int end = digits;
			while (end < html.length() && Character.isDigit(html.charAt(end))) {
				end++;
			}
			int valueStart = html.lastIndexOf('"', query - 1) + 1;
			boolean link = end > digits && end < html.length() && html.charAt(end) == '"'
					&& html.startsWith(HREF, valueStart - HREF.length()) && html.indexOf('?', valueStart) == query;
			if (link) {
				int pathEnd = query > valueStart && html.charAt(query - 1) == '/' ? query - 1 : query;
				String number = html.substring(digits, end);
				out.append(html, copied, pathEnd);
				if (!number.equals("1")) {
					out.append("/page/").append(number).append('/');
				}
				else if (pathEnd == valueStart) {
					out.append('/');
				}
				copied = end;
			}
			query = html.indexOf(PAGE, digits);
		}
		return out.append(html, copied, html.length()).toString();
	}

	/** The file under {@code out} that serves {@code address}. */
	static Path fileFor(Path out, String address, boolean html) {
		String path = address.startsWith("/") ? address.substring(1) : address;
		int query = path.indexOf('?');
		if (query >= 0) {
			path = path.substring(0, query);
		}
		String name = path.substring(path.lastIndexOf('/') + 1);
		if (html && !name.endsWith(".html")) {
			return out.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path + "/index.html");
		}
		return out.resolve(path.isEmpty() ? "index.html" : path);
	}

}
