package org.haven.related;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.haven.article.Articles;
import org.haven.article.DerivedIndex;
import org.haven.common.LowPriorityThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Related posts for the reader site: a lookup of each article's stored suggestions. The
 * index is built once (after the start-up import, or when the application is ready if
 * nothing was imported), rebuilt after each import, and otherwise changed one article per
 * event.
 */
@Service
public class RelatedArticles extends DerivedIndex {

	private final Articles articles;

	private final RelatedProperties settings;

	private final RelatedIndex index;

	private static final Logger log = LoggerFactory.getLogger(RelatedArticles.class);

	private final ExecutorService precompute = Executors
		.newSingleThreadExecutor(LowPriorityThreads.named("related-precompute"));

	RelatedArticles(Articles articles, RelatedProperties settings) {
		this.articles = articles;
		this.settings = settings;
		this.index = new RelatedIndex(settings);
	}

	private static final Timer QUERIES = Timer.builder("haven.related.query")
		.description("related reading for one article")
		.register(Metrics.globalRegistry);

	/**
	 * The configured number of suggestions for a published article; empty for an unknown
	 * one.
	 */
	public List<Suggestion> forArticle(String slug) {
		return QUERIES.record(() -> index.topFor(slug, settings.count()));
	}

	/** Suggestions for {@code slug}, or empty if no published article has that slug. */
	public Optional<List<Suggestion>> explain(String slug) {
		return index.contains(slug) ? Optional.of(forArticle(slug)) : Optional.empty();
	}

	/**
	 * Lays out the tag index, then computes every article's suggestions on a background
	 * thread: readers get a stored list, or one computed for them on first read, while it
	 * runs.
	 */
	@Override
	protected void rebuildAll() {
		index.rebuild(articles.allPublished());
		precompute.execute(() -> {
			long started = System.nanoTime();
			index.precomputeAll();
			// the background work after a start or an import ends here: measure
			// throughput after it
			log.info("Related lists computed for every article in {} ms", (System.nanoTime() - started) / 1_000_000);
		});
	}

	@PreDestroy
	void stop() {
		precompute.shutdownNow();
	}

	@Override
	protected void refresh(long articleId) {
		articles.publishedCard(articleId).ifPresentOrElse(index::put, () -> index.remove(articleId));
	}

	@Override
	protected void remove(long articleId) {
		index.remove(articleId);
	}

}
