package org.haven.site;

import org.haven.article.ArticleEvent;
import org.haven.article.ArticleEvent.ArticleUpdated;
import org.haven.article.ListenerOrder;
import org.haven.article.SiteContentChanged;
import org.haven.comment.CommentSettingsChanged;
import org.haven.comment.CommentsChanged;
import org.haven.theme.ThemeChanged;
import org.haven.web.AnonymousPageCache;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

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

	/**
	 * A comment shown, hidden or deleted: the article's page (and those showing its card,
	 * with its comment count) and the comment feeds, which declare nothing, are dropped,
	 * once the change is committed (else a request in between could keep the old page).
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(CommentsChanged event) {
		cache.invalidateShowing(event.articleId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CommentSettingsChanged event) {
		cache.invalidateAll();
	}

	@Order(ListenerOrder.DROP_PREPARED_OUTPUT)
	@EventListener
	void on(ThemeChanged event) {
		cache.invalidateAll();
	}

}
