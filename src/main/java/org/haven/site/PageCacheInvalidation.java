package org.haven.site;

import org.haven.article.ArticleEvent;
import org.haven.article.ArticleEvent.ArticleUpdated;
import org.haven.article.ArticleEvent.ArticleWithdrawn;
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
 * <p>
 * Only an article published or revised while it stays visible lets readers get a page's
 * previous version while its new one renders (for the stale grace): nothing is taken away
 * from them. Everything else drops without a previous version: a withdrawn article
 * (unpublished, archived, its file removed) must answer 404 at once; comment changes
 * (which include removal and erasure of a commenter's data), comment settings, the theme,
 * and site-wide changes (pages, categories, authors, imports that may remove files,
 * scheduled runs, review dates, changes from another node described only by a reason).
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
		if (event instanceof ArticleWithdrawn) {
			cache.invalidateAll();
		}
		else if (event instanceof ArticleUpdated updated && !updated.placementChanged()) {
			cache.reviseShowing(updated.articleId());
		}
		else {
			// published, or updated and moved: still visible
			cache.reviseAll();
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
