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
 */
final class PageCacheKey {

	private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid",
			"msclkid", "yclid", "twclid", "ttclid", "li_fat_id", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc",
			"_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "rb_clickid", "s_cid", "ref_src");

	private PageCacheKey() {
	}

	static String of(String path, @Nullable String query) {
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

	private static boolean tracking(String query, int start, int end) {
		int equals = query.indexOf('=', start);
		String name = query.substring(start, equals < 0 || equals > end ? end : equals).toLowerCase(Locale.ROOT);
		return name.startsWith("utm_") || TRACKING.contains(name);
	}

}
