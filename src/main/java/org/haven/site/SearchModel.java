package org.haven.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.haven.search.Search;
import org.jspecify.annotations.Nullable;

/**
 * The search page: what was asked ({@code query}, and the {@code category} and
 * {@code tag} filters or null), the hits on this page (each a {@code card} and a
 * {@code snippetHtml} whose only markup is {@code <mark>}), the total number of matching
 * articles and the pagination; {@code pageUrl(n)} keeps the query and filters.
 */
public record SearchModel(String query, @Nullable String category, @Nullable String tag, List<Search.Hit> results,
		long total, int page, int totalPages) {

	public String pageUrl(int number) {
		StringBuilder url = new StringBuilder("/search?q=").append(encode(query));
		if (category != null) {
			url.append("&category=").append(encode(category));
		}
		if (tag != null) {
			url.append("&tag=").append(encode(tag));
		}
		if (number > 1) {
			url.append("&page=").append(number);
		}
		return url.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
