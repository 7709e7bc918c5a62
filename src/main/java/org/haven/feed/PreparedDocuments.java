package org.haven.feed;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.haven.article.ArticleEvent;
import org.haven.article.ListenerOrder;
import org.haven.article.SiteContentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Generated feeds, sitemaps and robots.txt by key, kept until an article or the site's
 * content changes. A document built while a change arrived is served but not kept. Only
 * existing scopes are cached, so the map stays as small as the site's vocabulary.
 */
@Component
class PreparedDocuments {

	private final Map<String, FeedDocument> documents = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	Optional<FeedDocument> get(String key, Supplier<Optional<FeedDocument>> build) {
		FeedDocument cached = documents.get(key);
		if (cached != null) {
			return Optional.of(cached);
		}
		long started = generation.get();
		Optional<FeedDocument> built = build.get();
		built.ifPresent(document -> {
			if (generation.get() == started) {
				documents.put(key, document);
			}
		});
		return built;
	}

	void clear() {
		generation.incrementAndGet();
		documents.clear();
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
