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

	private static final Pattern PAGE_LINK = Pattern.compile("(href=\"[^\"?]*?)/?\\?page=(\\d+)\"");

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

	/** Pagination links in a page rewritten to their static addresses. */
	static String rewritePagination(String html) {
		if (!html.contains("?page=")) {
			return html; // most pages (every article) have no pagination to rewrite
		}
		Matcher m = PAGE_LINK.matcher(html);
		StringBuilder out = new StringBuilder(html.length());
		while (m.find()) {
			String base = m.group(1);
			String replacement = m.group(2).equals("1") ? (base.endsWith("=\"") ? base + "/\"" : base + "\"")
					: base + "/page/" + m.group(2) + "/\"";
			m.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		m.appendTail(out);
		return out.toString();
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
