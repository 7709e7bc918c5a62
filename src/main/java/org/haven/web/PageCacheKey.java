package org.haven.web;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The page cache's key for a request: its path and query, without the parameters that
 * campaign and click tracking add to links ({@code utm_source}, {@code fbclid},
 * {@code mc_eid}...). No page reads them, so {@code /?utm_campaign=may} is the same page
 * as {@code /}; kept in the key, every newsletter or social link would render the page
 * again and take a cache entry of its own. Any other parameter stays part of the key.
 * Letters escaped in the path ({@code %76iews}) are read as themselves.
 */
final class PageCacheKey {

	private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid",
			"msclkid", "yclid", "twclid", "ttclid", "li_fat_id", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc",
			"_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "rb_clickid", "s_cid", "ref_src");

	private PageCacheKey() {
	}

	static String of(String rawPath, @Nullable String query) {
		String path = rawPath.indexOf('%') < 0 ? rawPath : unreservedDecoded(rawPath);
		if (query == null || query.isEmpty()) {
			return path;
		}
		StringBuilder kept = null;
		int start = 0;
		while (start <= query.length()) {
			int end = query.indexOf('&', start);
			if (end < 0) {
				end = query.length();
			}
			if (end > start && !tracking(query, start, end)) {
				if (kept == null) {
					kept = new StringBuilder(path.length() + query.length() + 1).append(path).append('?');
				}
				else {
					kept.append('&');
				}
				kept.append(query, start, end);
			}
			start = end + 1;
		}
		return kept == null ? path : kept.toString();
	}

	/**
	 * The path with escaped letters, digits and {@code -._~} written plainly: by RFC 3986
	 * they name the same resource, and Tomcat answers {@code /articles/%76iews} with the
	 * page of {@code /articles/views}, so they share its entry. Other escapes stay.
	 */
	private static String unreservedDecoded(String path) {
		StringBuilder out = new StringBuilder(path.length());
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c == '%' && i + 2 < path.length()) {
				int high = Character.digit(path.charAt(i + 1), 16);
				int low = Character.digit(path.charAt(i + 2), 16);
				if (high >= 0 && low >= 0 && unreserved((char) (high * 16 + low))) {
					out.append((char) (high * 16 + low));
					i += 2;
					continue;
				}
			}
			out.append(c);
		}
		return out.toString();
	}

	private static boolean unreserved(char c) {
		return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~');
	}

	private static boolean tracking(String query, int start, int end) {
		int equals = query.indexOf('=', start);
		String name = query.substring(start, equals < 0 || equals > end ? end : equals).toLowerCase(Locale.ROOT);
		return name.startsWith("utm_") || TRACKING.contains(name);
	}

}
