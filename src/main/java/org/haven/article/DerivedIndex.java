package org.haven.article;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;

/**
 * The life cycle every index derived from published articles shares (related posts,
 * search): built in full once the content is imported, rebuilt when categories or authors
 * change, and kept current article by article from {@link ArticleEvent}s. Events before
 * the first build are left to it, since the build reads every published article anyway.
 */
public abstract class DerivedIndex {

	private static final Logger log = LoggerFactory.getLogger(DerivedIndex.class);

	/**
	 * Set while an import hands out the events of a change so large that every index is
	 * rebuilt right after it ({@link #rebuildFollows}).
	 */
	private static final ThreadLocal<Boolean> REBUILD_FOLLOWS = ThreadLocal.withInitial(() -> false);

	private final AtomicBoolean built = new AtomicBoolean();

	/**
	 * Runs {@code publishing} (the per-article events of one import) with the indexes
	 * leaving those events alone, for a caller that then announces a
	 * {@link SiteContentChanged} with {@code vocabularyChanged}: updating thousands of
	 * articles one by one and then rebuilding did the work twice.
	 */
	static void rebuildFollows(Runnable publishing) {
		REBUILD_FOLLOWS.set(true);
		try {
			publishing.run();
		}
		finally {
			REBUILD_FOLLOWS.remove();
		}
	}

	/** Replaces the whole index with every published article. */
	protected abstract void rebuildAll();

	/**
	 * Brings one article up to date: re-index it if it is visible, remove it otherwise.
	 */
	protected abstract void refresh(long articleId);

	protected abstract void remove(long articleId);

	@EventListener(ApplicationReadyEvent.class)
	public void onReady() {
		if (!built.get()) {
			rebuild();
		}
	}

	/**
	 * Article changes arrive as their own events; only names on every card (categories,
	 * authors) need a rebuild.
	 */
	@Order(ListenerOrder.UPDATE_DERIVED_DATA)
	@EventListener
	public void on(SiteContentChanged event) {
		if (!built.get() || event.vocabularyChanged()) {
			rebuild();
		}
	}

	@Order(ListenerOrder.UPDATE_DERIVED_DATA)
	@EventListener
	public void on(ArticleEvent event) {
		if (!built.get() || REBUILD_FOLLOWS.get()) {
			return;
		}
		if (event instanceof ArticleEvent.ArticleWithdrawn) {
			remove(event.articleId());
		}
		else {
			refresh(event.articleId());
		}
	}

	private void rebuild() {
		long started = System.nanoTime();
		rebuildAll();
		built.set(true);
		log.info("{} rebuilt in {} ms", getClass().getSimpleName(), (System.nanoTime() - started) / 1_000_000);
	}

}
