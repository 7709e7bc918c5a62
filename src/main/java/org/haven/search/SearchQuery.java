package org.haven.search;

import org.jspecify.annotations.Nullable;

/**
 * What a reader asked for: free text, optionally within one category and/or one tag, and
 * which page (from 1).
 */
public record SearchQuery(String text, @Nullable String category, @Nullable String tag, int page, int pageSize) {

	public SearchQuery {
		page = Math.max(1, page);
		pageSize = Math.max(1, pageSize);
	}

}
