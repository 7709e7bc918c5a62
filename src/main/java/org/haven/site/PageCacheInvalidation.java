package org.haven.site;

import org.haven.article.ArticleEvent;
import org.haven.article.SiteContentChanged;
import org.haven.theme.ThemeChanged;
import org.haven.web.AnonymousPageCache;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Drops prepared pages whenever anything a reader sees may have changed. */
@Component
class PageCacheInvalidation {

	private final AnonymousPageCache cache;

	PageCacheInvalidation(AnonymousPageCache cache) {
		this.cache = cache;
	}

	@EventListener
	void on(ArticleEvent event) {
		cache.invalidateAll();
	}

	@EventListener
	void on(SiteContentChanged event) {
		cache.invalidateAll();
	}

	@EventListener
	void on(ThemeChanged event) {
		cache.invalidateAll();
	}

}
