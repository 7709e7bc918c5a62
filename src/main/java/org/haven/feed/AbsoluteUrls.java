package org.haven.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes site-relative {@code href} and {@code src} attributes in sanitised HTML absolute,
 * so feed readers, which show the content away from the site, can follow links and load
 * images. Protocol-relative ({@code //host}) and absolute URLs, fragments and anything
 * else are left alone.
 */
final class AbsoluteUrls {

	private static final Pattern RELATIVE = Pattern.compile("(\\s(?:href|src)\\s*=\\s*)([\"'])/(?![/\\\\])",
			Pattern.CASE_INSENSITIVE);

	private AbsoluteUrls() {
	}

	static String in(String html, String baseUrl) {
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		return RELATIVE.matcher(html).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + base + "/"));
	}

}
