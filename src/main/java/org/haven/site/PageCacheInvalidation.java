package org.haven.site;

import org.haven.article.ArticleEvent;
import org.haven.article.ArticleEvent.ArticleUpdated;
import org.haven.article.ListenerOrder;
import org.haven.article.SiteContentChanged;
import org.haven.theme.ThemeChanged;
import org.haven.web.AnonymousPageCache;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Drops prepared pages whenever anything a reader sees may have changed. A visible
 * article that changed without moving (same lists, related posts and order) drops only
 * the pages that show it: every other page would render the same.
 */
@Component
class PageCacheInvalidation {

	private final AnonymousPageCache cache;

	PageCacheInvalidation(AnonymousPageCache cache) {
		this.cache = cache;
	}

	@Order(ListenerOrder.DROP_PREPARED_OUTPUT)
	@EventListener
	void on(ArticleEvent event) {
		if (event instanceof ArticleUpdated updated && !updated.placementChanged()) {
			cache.invalidateShowing(updated.articleId());
		}
		else {
			cache.invalidateAll();
		}
	}

	@Order(ListenerOrder.DROP_PREPARED_OUTPUT)
	@EventListener
	void on(SiteContentChanged event) {
		cache.invalidateAll();
	}

	@Order(ListenerOrder.DROP_PREPARED_OUTPUT)
	@EventListener
	void on(ThemeChanged event) {
		cache.invalidateAll();
	}

}
