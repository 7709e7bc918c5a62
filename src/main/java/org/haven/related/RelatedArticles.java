package org.haven.related;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.haven.article.ArticleEvent;
import org.haven.article.Articles;
import org.haven.article.SiteContentChanged;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Related posts for the reader site. The index is built once (after the start-up import, or when the application is
 * ready if nothing was imported), rebuilt after each import, and otherwise changed one article per event.
 */
@Service
public class RelatedArticles {

	private final Articles articles;

	private final RelatedProperties settings;

	private final RelatedIndex index;

	private final AtomicBoolean built = new AtomicBoolean();

	RelatedArticles(Articles articles, RelatedProperties settings) {
		this.articles = articles;
		this.settings = settings;
		this.index = new RelatedIndex(settings);
	}

	/** The configured number of suggestions for a published article; empty for an unknown one. */
	public List<Suggestion> forArticle(String slug) {
		return index.topFor(slug, settings.count());
	}

	/** Suggestions for {@code slug}, or empty if no published article has that slug. */
	public Optional<List<Suggestion>> explain(String slug) {
		return index.contains(slug) ? Optional.of(forArticle(slug)) : Optional.empty();
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (!built.get()) {
			rebuild();
		}
	}

	@EventListener
	void on(SiteContentChanged event) {
		rebuild();
	}

	/** Before the first build, events are left to it: the build reads every published article anyway. */
	@EventListener
	void on(ArticleEvent event) {
		if (!built.get()) {
			return;
		}
		if (event instanceof ArticleEvent.ArticleWithdrawn) {
			index.remove(event.articleId());
		}
		else {
			articles.publishedCard(event.articleId())
				.ifPresentOrElse(index::put, () -> index.remove(event.articleId()));
		}
	}

	private void rebuild() {
		index.rebuild(articles.allPublished());
		built.set(true);
	}

}
