package org.haven.article;

import java.util.List;
import java.util.Optional;

import org.haven.common.KeptValue;
import org.haven.taxonomy.Categories;
import org.haven.taxonomy.ContentNotes;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What read models are made from besides articles: category names, authors and content
 * notes (and the menu's categories and pages). The lookup is kept between calls (every
 * list and article page makes cards) and dropped when the vocabulary or the authors
 * change: those change only by an import or an edit of categories, which announce it
 * ({@link SiteContentChanged}, relayed from other nodes too), and once more after that
 * change commits, so that a lookup read in between is not kept.
 */
@Component
class CardLookups {

	private final Categories categories;

	private final AuthorRepository authors;

	private final ContentNotes notes;

	private final PageRepository pages;

	private final KeptValue<CardLookup> kept = new KeptValue<>(this::read);

	CardLookups(Categories categories, AuthorRepository authors, ContentNotes notes, PageRepository pages) {
		this.categories = categories;
		this.authors = authors;
		this.notes = notes;
		this.pages = pages;
	}

	/** The categories and authors as they are now. */
	CardLookup lookup() {
		return kept.get();
	}

	private CardLookup read() {
		return new CardLookup(categories, authors, notes, pages);
	}

	@EventListener
	public void on(SiteContentChanged event) {
		kept.forget();
	}

	@TransactionalEventListener(fallbackExecution = true)
	public void afterCommit(SiteContentChanged event) {
		kept.forget();
	}

	List<AuthorView> authors() {
		return authors.findAllByOrderByNameAsc().stream().map(CardLookup::view).toList();
	}

	Optional<AuthorView> author(String slug) {
		return authors.findBySlug(slug).map(CardLookup::view);
	}

}
