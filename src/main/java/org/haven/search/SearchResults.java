package org.haven.search;

import java.util.List;

/** One page of matches, best first, with the total number of matching articles. */
public record SearchResults(List<Match> matches, long total, int page, int pageSize) {

	/**
	 * A matching article by id, with a snippet of HTML-escaped text in which only
	 * {@code <mark>} tags are markup.
	 */
	public record Match(long articleId, String snippetHtml) {
	}

	public static SearchResults none(int page, int pageSize) {
		return new SearchResults(List.of(), 0, page, pageSize);
	}

	public int totalPages() {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}

}
