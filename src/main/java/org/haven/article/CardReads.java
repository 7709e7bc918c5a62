package org.haven.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads cards for the ids a list query found: one query for the articles (never their
 * bodies) and one per collection for their tags and notes, whatever the page size.
 * <p>
 * Cards are kept between reads: every list page, feed and article page (latest posts,
 * previous and next) shows cards, and a static export reads each one about ten times. A
 * kept card is dropped when its article is announced changed ({@link ArticleEvent},
 * relayed from other nodes too), before and again after that change commits, and is not
 * used once the vocabulary it was made with ({@link CardLookup}) is replaced. A read that
 * overlaps a change does not keep what it read.
 */
@Component
class CardReads {

	/** Cards read in one transaction when every article is wanted. */
	private static final int BATCH = 1000;

	/**
	 * About 10 MB of cards: every article of a 10,000-article site, and the most read
	 * ones of a larger site.
	 */
	private static final int KEPT_CARDS = 10_000;

	private final ArticleRepository articles;

	private final CardLookups lookups;

	private final Cache<Long, KeptCard> kept = Caffeine.newBuilder().maximumSize(KEPT_CARDS).build();

	private final AtomicLong changes = new AtomicLong();

	CardReads(ArticleRepository articles, CardLookups lookups) {
		this.articles = articles;
		this.lookups = lookups;
	}

	@Order(ListenerOrder.FORGET_KEPT_READS)
	@EventListener
	public void on(ArticleEvent event) {
		forget(event.articleId());
	}

	@Order(ListenerOrder.FORGET_KEPT_READS)
	@TransactionalEventListener(fallbackExecution = true)
	public void afterCommit(ArticleEvent event) {
		forget(event.articleId());
	}

	private synchronized void forget(long articleId) {
		changes.incrementAndGet();
		kept.invalidate(articleId);
	}

	/**
	 * Keeps cards read while nothing changed, and only outside a writing transaction,
	 * whose changes may yet be rolled back.
	 */
	private synchronized void keep(List<ArticleCard> read, CardLookup lookup, long changesBefore) {
		if (!inWritingTransaction() && changes.get() == changesBefore) {
			read.forEach(card -> kept.put(card.id(), new KeptCard(card, lookup)));
		}
	}

	private static boolean inWritingTransaction() {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

	CardLookups lookups() {
		return lookups;
	}

	/**
	 * The kept card of article {@code id}, made with {@code lookup}, or null. Never
	 * inside a writing transaction, which may have changed the article since the card was
	 * kept.
	 */
	@Nullable ArticleCard kept(long id, CardLookup lookup) {
		if (inWritingTransaction()) {
			return null;
		}
		KeptCard card = kept.getIfPresent(id);
		return card != null && card.lookup() == lookup ? card.card() : null;
	}

	/**
	 * Cards for {@code ids} in their order (ids from a query that checked visibility).
	 */
	List<ArticleCard> cards(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		long changesBefore = changes.get();
		CardLookup lookup = lookups.lookup();
		Map<Long, ArticleCard> byId = new HashMap<>();
		List<Long> missing = new ArrayList<>();
		boolean mayUseKept = !inWritingTransaction();
		for (Long id : ids) {
			KeptCard card = mayUseKept ? kept.getIfPresent(id) : null;
			if (card != null && card.lookup() == lookup) {
				byId.put(id, card.card());
			}
			else {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			List<ArticleCard> read = read(missing, lookup);
			keep(read, lookup, changesBefore);
			read.forEach(card -> byId.put(card.id(), card));
		}
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	private List<ArticleCard> read(List<Long> ids, CardLookup lookup) {
		return articles.findAllByIdIn(ids).stream().map(lookup::card).toList();
	}

	/**
	 * Cards for many ids, one short transaction per batch so that no persistence context
	 * ever holds every article. The derived indexes read every card this way at start-up,
	 * which also fills the kept cards when they all fit.
	 */
	List<ArticleCard> inBatches(List<Long> ids, TransactionTemplate readOnly) {
		// when they do not all fit, the last batches would evict the most read cards
		boolean keepAll = ids.size() <= KEPT_CARDS;
		List<ArticleCard> all = new ArrayList<>(ids.size());
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			long changesBefore = changes.get();
			CardLookup lookup = lookups.lookup();
			List<ArticleCard> read = readOnly.execute(status -> inOrder(batch, read(batch, lookup)));
			if (keepAll) {
				keep(read, lookup, changesBefore);
			}
			all.addAll(read);
		}
		return all;
	}

	private static List<ArticleCard> inOrder(List<Long> ids, List<ArticleCard> cards) {
		Map<Long, ArticleCard> byId = cards.stream().collect(Collectors.toMap(ArticleCard::id, c -> c));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
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

	private record KeptCard(ArticleCard card, CardLookup lookup) {
	}

}
