package org.haven.search;

import java.util.Map;
import java.util.stream.Stream;

import org.haven.article.ArticleText;

/**
 * A full-text index of published articles. Haven ships a local Lucene implementation; a
 * large deployment can put OpenSearch or Elasticsearch behind the same four operations.
 */
public interface SearchIndex {

	/** Adds or replaces one article. */
	void index(ArticleText article);

	void remove(long articleId);

	/** Replaces the whole index with {@code articles}. */
	void replaceAll(Stream<ArticleText> articles);

	/** Never throws for odd input: an unusable query gives no results. */
	SearchResults search(SearchQuery query);

	/**
	 * The state of the articles this index last stored durably (see
	 * {@link #recordState}); empty when unknown, so the index is rebuilt.
	 */
	default String state() {
		return "";
	}

	/**
	 * Each indexed article's id with the version it was indexed at; empty when the index
	 * cannot tell, so it is rebuilt rather than caught up.
	 */
	default Map<Long, Long> versions() {
		return Map.of();
	}

	/** The state of the articles the index reflects, stored with its next commit. */
	default void recordState(String state) {
	}

}
