package org.haven.export;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The site's redirects for static hosts: a {@code _redirects} file (Netlify, Cloudflare
 * Pages and others read it) and an nginx include. Besides each old address, the common
 * permalink shapes of Hugo and WordPress that end in an article's slug redirect by
 * pattern, and so do WordPress's feeds, archives and uploads.
 */
final class Redirects {

	private static final String[] SLUG_PATTERNS = { "/posts/:slug", "/post/:slug", "/blog/:slug",
			"/:year/:month/:day/:slug", "/:year/:month/:slug" };

	/**
	 * WordPress's feeds, archives and uploads, so subscribers' feed readers and old image
	 * links follow the move; more specific lines first, as these hosts take the first
	 * match.
	 */
	private static final String WORDPRESS_PATTERNS = """
			/feed/atom/ /atom.xml 301
			/feed/ /feed.xml 301
			/category/:slug/feed/atom/ /categories/:slug/atom.xml 301
			/category/:slug/feed/ /categories/:slug/feed.xml 301
			/category/:slug/ /categories/:slug 301
			/tag/:slug/feed/atom/ /tags/:slug/atom.xml 301
			/tag/:slug/feed/ /tags/:slug/feed.xml 301
			/tag/:slug/ /tags/:slug 301
			/author/:slug/feed/ /authors/:slug/feed.xml 301
			/author/:slug/ /authors/:slug 301
			/wp-content/uploads/* /media/wordpress/:splat 301
			/ feed=atom /atom.xml 301
			/ feed=rss2 /feed.xml 301
			/ feed=rss /feed.xml 301
			/ tag=:slug /tags/:slug 301
			/ category_name=:slug /categories/:slug 301
			/ author_name=:slug /authors/:slug 301
			""";

	/**
	 * The same query forms of WordPress's addresses for nginx, tested in the home page's
	 * block after the site's own query aliases ({@code /?p=12}).
	 */
	private static final String WORDPRESS_QUERIES = """
			    if ($arg_feed = "atom") { return 301 /atom.xml; }
			    if ($arg_feed ~ "^(rss2?|rdf)$") { return 301 /feed.xml; }
			    if ($arg_tag ~ "^([a-z0-9-]+)$") { return 301 /tags/$1; }
			    if ($arg_category_name ~ "^(?:[^/]+/)*([a-z0-9-]+)$") { return 301 /categories/$1; }
			    if ($arg_author_name ~ "^([a-z0-9-]+)$") { return 301 /authors/$1; }
			""";

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
			int query = from.indexOf('?');
			if (query >= 0) {
				// these hosts match a query by its parameters, written after the path
				out.append(from, 0, query)
					.append(' ')
					.append(from.substring(query + 1).replace('&', ' '))
					.append(' ')
					.append(to)
					.append(" 301\n");
				return;
			}
			out.append(from).append(' ').append(to).append(" 301\n");
			if (!from.endsWith("/")) {
				out.append(from).append("/ ").append(to).append(" 301\n");
			}
		});
		for (String pattern : SLUG_PATTERNS) {
			out.append(pattern).append("/ /articles/:slug 301\n");
		}
		out.append(WORDPRESS_PATTERNS);
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
				rewrite "^/feed/atom/?$" /atom.xml permanent;
				rewrite "^/feed(?:/rss2?)?/?$" /feed.xml permanent;
				rewrite "^/category/(?:[^/]+/)*([^/]+)/feed/atom/?$" /categories/$1/atom.xml permanent;
				rewrite "^/category/(?:[^/]+/)*([^/]+)/feed(?:/rss2?)?/?$" /categories/$1/feed.xml permanent;
				rewrite "^/category/(?:[^/]+/)*([^/]+)/?$" /categories/$1 permanent;
				rewrite "^/tag/([^/]+)/feed/atom/?$" /tags/$1/atom.xml permanent;
				rewrite "^/tag/([^/]+)/feed(?:/rss2?)?/?$" /tags/$1/feed.xml permanent;
				rewrite "^/tag/([^/]+)/?$" /tags/$1 permanent;
				rewrite "^/author/([^/]+)/feed(?:/rss2?)?/?$" /authors/$1/feed.xml permanent;
				rewrite "^/author/([^/]+)/?$" /authors/$1 permanent;
				rewrite "^/wp-content/uploads/(.+)$" /media/wordpress/$1 permanent;
				""");
		// nginx refuses a configuration that names one location twice: each path gets one
		// block, with its query tests first and its plain redirect (or the file) after
		Map<String, String> plain = new TreeMap<>();
		Map<String, StringBuilder> byQuery = new TreeMap<>();
		byQuery.put("/", new StringBuilder());
		moved.forEach((from, to) -> {
			int query = from.indexOf('?');
			if (query < 0) {
				plain.put(from, to);
				return;
			}
			String[] parameters = from.substring(query + 1).split("&");
			String test = parameters.length == 1 && parameters[0].indexOf('=') > 0
					? "$arg_" + parameters[0].substring(0, parameters[0].indexOf('=')) + " = "
							+ quoted(parameters[0].substring(parameters[0].indexOf('=') + 1))
					: "$args = " + quoted(from.substring(query + 1));
			byQuery.computeIfAbsent(from.substring(0, query), path -> new StringBuilder())
				.append("    if (")
				.append(test)
				.append(") { return 301 ")
				.append(quoted(to))
				.append("; }\n");
		});
		byQuery.get("/").append(WORDPRESS_QUERIES);
		// old links ask with and without the closing slash (WordPress wrote it); an
		// address listed with it wins over the one made here
		Map<String, String> slashed = new TreeMap<>();
		plain.forEach((path, to) -> {
			if (!path.endsWith("/")) {
				slashed.put(path + "/", to);
			}
		});
		slashed.forEach(plain::putIfAbsent);
		plain.forEach((path, to) -> {
			if (!byQuery.containsKey(path)) {
				out.append("location = ")
					.append(quoted(path))
					.append(" { return 301 ")
					.append(quoted(to))
					.append("; }\n");
			}
		});
		byQuery.forEach((path, tests) -> out.append("location = ")
			.append(quoted(path))
			.append(" {\n")
			.append(tests)
			.append(plain.containsKey(path) ? "    return 301 " + quoted(plain.get(path)) + ";\n"
					: "    try_files $uri $uri/index.html $uri/ =404;\n")
			.append("}\n"));
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String quoted(String path) {
		return "\"" + path.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\"";
	}

}
