package org.haven.article;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.haven.taxonomy.Categories;
import org.haven.taxonomy.ContentNotes;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What read models are made from besides articles: category names, authors and content
 * notes. The lookup is kept between calls (every list and article page makes cards) and
 * dropped when the vocabulary or the authors change: those change only by an import or an
 * edit of categories, which announce it ({@link SiteContentChanged}, relayed from other
 * nodes too), and once more after that change commits, so that a lookup read in between
 * is not kept.
 */
@Component
class CardLookups {

	private final AtomicLong generation = new AtomicLong();

	private volatile @Nullable CardLookup kept;

	private final Categories categories;

	private final AuthorRepository authors;

	private final ContentNotes notes;

	CardLookups(Categories categories, AuthorRepository authors, ContentNotes notes) {
		this.categories = categories;
		this.authors = authors;
		this.notes = notes;
	}

	/** The categories and authors as they are now. */
	CardLookup lookup() {
		CardLookup lookup = kept;
		if (lookup != null) {
			return lookup;
		}
		long before = generation.get();
		lookup = new CardLookup(categories, authors, notes);
		synchronized (this) {
			if (generation.get() == before) {
				kept = lookup;
			}
		}
		return lookup;
	}

	@EventListener
	public void on(SiteContentChanged event) {
		forget();
	}

	@TransactionalEventListener(fallbackExecution = true)
	public void afterCommit(SiteContentChanged event) {
		forget();
	}

	private synchronized void forget() {
		generation.incrementAndGet();
		kept = null;
	}

	List<AuthorView> authors() {
		return authors.findAllByOrderByNameAsc().stream().map(CardLookup::view).toList();
	}

	Optional<AuthorView> author(String slug) {
		return authors.findBySlug(slug).map(CardLookup::view);
	}

}
