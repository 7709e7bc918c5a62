package org.haven.export;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The site's redirects for static hosts: a {@code _redirects} file (Netlify, Cloudflare
 * Pages and others read it) and an nginx include. Besides each old address, the common
 * permalink shapes of Hugo and WordPress that end in an article's slug redirect by
 * pattern.
 */
final class Redirects {

	private static final String[] SLUG_PATTERNS = { "/posts/:slug", "/post/:slug", "/blog/:slug",
			"/:year/:month/:day/:slug", "/:year/:month/:slug" };

	private final Map<String, String> moved = new TreeMap<>();

	void add(String from, String to) {
		if (!from.equals(to)) {
			moved.put(from, to);
		}
	}

	int size() {
		return moved.size();
	}

	byte[] netlify() {
		StringBuilder out = new StringBuilder("# Old addresses of this site, answered with 301.\n");
		moved.forEach((from, to) -> {
			out.append(from).append(' ').append(to).append(" 301\n");
			if (!from.endsWith("/")) {
				out.append(from).append("/ ").append(to).append(" 301\n");
			}
		});
		for (String pattern : SLUG_PATTERNS) {
			out.append(pattern).append("/ /articles/:slug 301\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] nginx() {
		StringBuilder out = new StringBuilder("""
				# Include inside the server block that serves the exported folder.
				# Addresses are folders with an index.html; old addresses answer 301.
				index index.html;
				error_page 404 /404.html;
				location / {
				    try_files $uri $uri/index.html $uri/ =404;
				}
				rewrite "^/(?:posts?|blog)/([a-z0-9-]+)/?$" /articles/$1 permanent;
				rewrite "^/[0-9]{4}/[0-9]{2}/(?:[0-9]{2}/)?([a-z0-9-]+)/?$" /articles/$1 permanent;
				rewrite "^/category/(?:[^/]+/)*([^/]+)/?$" /categories/$1 permanent;
				rewrite "^/tag/([^/]+)/?$" /tags/$1 permanent;
				""");
		moved.forEach((from, to) -> out.append("location = ")
			.append(quoted(from))
			.append(" { return 301 ")
			.append(quoted(to))
			.append("; }\n"));
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String quoted(String path) {
		return "\"" + path.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\"";
	}

}
