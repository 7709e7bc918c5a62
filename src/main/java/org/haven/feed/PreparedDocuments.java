package org.haven.feed;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.haven.article.ArticleEvent;
import org.haven.article.ListenerOrder;
import org.haven.article.SiteContentChanged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Generated feeds, sitemaps and robots.txt by key, kept until an article or the site's
 * content changes. A document built while a change arrived is served but not kept.
 * <p>
 * Kept within {@code haven.feed.cache-size} bytes: a site with hundreds of tags has a
 * feed of each kind for every tag, each up to a few hundred kilobytes with full content,
 * and a crawler or a static export asking for all of them would otherwise hold them all
 * (170 MB for a site of 10,000 articles). The documents asked for most stay; the rest are
 * built again when asked for.
 */
@Component
class PreparedDocuments implements MeterBinder {

	/**
	 * Bytes counted for a document besides its body: its key twice over, ETag and object
	 * headers.
	 */
	private static final int OVERHEAD = 256;

	private final Cache<String, FeedDocument> documents;

	private final AtomicLong generation = new AtomicLong();

	@Autowired
	PreparedDocuments(FeedProperties properties) {
		this(properties.cacheSize(), ForkJoinPool.commonPool());
	}

	/** With the executor that runs evictions; tests pass {@code Runnable::run}. */
	PreparedDocuments(DataSize maximum, Executor maintenance) {
		this.documents = Caffeine.newBuilder()
			.maximumWeight(maximum.toBytes())
			.weigher((String key, FeedDocument document) -> weightOf(key, document))
			.executor(maintenance)
			.recordStats()
			.build();
	}

	private static int weightOf(String key, FeedDocument document) {
		return document.body().length + 2 * key.length() + OVERHEAD;
	}

	Optional<FeedDocument> get(String key, Supplier<Optional<FeedDocument>> build) {
		FeedDocument cached = documents.getIfPresent(key);
		if (cached != null) {
			return Optional.of(cached);
		}
		long started = generation.get();
		Optional<FeedDocument> built = build.get();
		built.ifPresent(document -> keep(key, document, started));
		return built;
	}

	/**
	 * Keeps a document unless a change arrived since it was started; checked again after
	 * the put, so a change that lands in between cannot leave an outdated one behind.
	 */
	private void keep(String key, FeedDocument document, long started) {
		if (generation.get() != started) {
			return;
		}
		documents.put(key, document);
		if (generation.get() != started) {
			documents.invalidate(key);
		}
	}

	/** Bytes held now, as the bound counts them (after pending evictions have run). */
	long keptBytes() {
		documents.cleanUp();
		return documents.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0L)).orElse(0L);
	}

	void clear() {
		generation.incrementAndGet();
		documents.invalidateAll();
	}

	/**
	 * Publishes hits, misses, evictions and size ({@code cache.gets},
	 * {@code cache.evictions}, {@code cache.size}, tagged {@code cache=feeds}).
	 */
	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, documents, "feeds");
	}

	@Order(ListenerOrder.DROP_PREPARED_OUTPUT)
	@EventListener
	void on(ArticleEvent event) {
		clear();
	}

	@Order(ListenerOrder.DROP_PREPARED_OUTPUT)
	@EventListener
	void on(SiteContentChanged event) {
		clear();
	}

}
