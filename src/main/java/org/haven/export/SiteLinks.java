package org.haven.export;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The same-site addresses a page, style sheet or sitemap refers to: {@code href},
 * {@code src}, {@code srcset}, CSS {@code url()} and sitemap {@code <loc>}. Absolute URLs
 * on the site's own origin count as the site's; everything else is left alone.
 */
final class SiteLinks {

	private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

	private static final Pattern LOC = Pattern.compile("<loc>\\s*([^<]+?)\\s*</loc>");

	private final String origin;

	SiteLinks(String origin) {
		this.origin = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
	}

	Set<String> in(String path, String contentType, String text) {
		Set<String> links = new LinkedHashSet<>();
		if (contentType.contains("html")) {
			Set<String> values = new LinkedHashSet<>();
			attribute("href=\"", text, values);
			attribute("src=\"", text, values);
			values.forEach(value -> add(value, links, path));
			Set<String> srcsets = new LinkedHashSet<>();
			attribute("srcset=\"", text, srcsets);
			for (String srcset : srcsets) {
				for (String candidate : srcset.split(",")) {
					String url = candidate.strip().split("\\s+")[0];
					add(url, links, path);
				}
			}
		}
		if (contentType.contains("css") || contentType.contains("html") && text.contains("url(")) {
			collect(CSS_URL.matcher(text), links, path);
		}
		if (contentType.contains("xml")) {
			collect(LOC.matcher(text), links, path);
		}
		return links;
	}

	/**
	 * The values of one attribute, such as {@code href="}, after white space: a plain
	 * scan, since a regular expression that may start anywhere tries every character of
	 * the page.
	 */
	private static void attribute(String start, String text, Set<String> values) {
		int at = text.indexOf(start);
		while (at >= 0) {
			int value = at + start.length();
			int end = text.indexOf('"', value);
			if (end < 0) {
				return;
			}
			if (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
				values.add(text.substring(value, end));
			}
			at = text.indexOf(start, end + 1);
		}
	}

	private void collect(Matcher m, Set<String> links, String from) {
		while (m.find()) {
			add(m.group(1), links, from);
		}
	}

	private void add(String raw, Set<String> links, String from) {
		// an attribute's value as the browser reads it: the sanitiser writes "=" in a
		// body's links as &#61;, Thymeleaf "<" as &lt;
		String url = (raw.indexOf('&') >= 0 ? HtmlUtils.htmlUnescape(raw) : raw).strip();
		if (url.startsWith(origin + "/") || url.equals(origin)) {
			url = url.substring(origin.length());
		}
		if (url.isEmpty() || url.startsWith("//") || url.startsWith("#") || url.contains(":") && !url.startsWith("/")) {
			return;
		}
		if (!url.startsWith("/")) {
			String base = from.substring(0, from.lastIndexOf('/') + 1);
			url = base + url;
		}
		int hash = url.indexOf('#');
		if (hash >= 0) {
			url = url.substring(0, hash);
		}
		if (!url.isEmpty()) {
			links.add(url);
		}
	}

}
