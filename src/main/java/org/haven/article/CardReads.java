package org.haven.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads cards for the ids a list query found: one query for the articles (never their
 * bodies) and one per collection for their tags and notes, whatever the page size.
 */
@Component
class CardReads {

	/** Cards read in one transaction when every article is wanted. */
	private static final int BATCH = 1000;

	private final ArticleRepository articles;

	private final CardLookups lookups;

	CardReads(ArticleRepository articles, CardLookups lookups) {
		this.articles = articles;
		this.lookups = lookups;
	}

	CardLookups lookups() {
		return lookups;
	}

	/**
	 * Cards for {@code ids} in their order (ids from a query that checked visibility).
	 */
	List<ArticleCard> cards(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Article> byId = articles.findAllByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Article::getId, a -> a));
		CardLookup lookup = lookups.lookup();
		return ids.stream().filter(byId::containsKey).map(id -> lookup.card(byId.get(id))).toList();
	}

	/**
	 * Cards for many ids, one short transaction per batch so that no persistence context
	 * ever holds every article.
	 */
	List<ArticleCard> inBatches(List<Long> ids, TransactionTemplate readOnly) {
		List<ArticleCard> all = new ArrayList<>(ids.size());
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			all.addAll(readOnly.execute(status -> cards(batch)));
		}
		return all;
	}

	/** The visible articles among {@code ids}, in the order of {@code ids}. */
	Map<Long, Article> visibleById(List<Long> ids, Instant now) {
		Map<Long, Article> found = articles.findAllByIdIn(ids)
			.stream()
			.filter(a -> a.isVisibleAt(now))
			.collect(Collectors.toMap(Article::getId, a -> a));
		Map<Long, Article> ordered = new LinkedHashMap<>();
		ids.stream().filter(found::containsKey).forEach(id -> ordered.put(id, found.get(id)));
		return ordered;
	}

}
