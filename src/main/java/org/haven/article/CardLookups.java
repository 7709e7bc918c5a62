package org.haven.article;

import java.util.List;
import java.util.Optional;

import org.haven.taxonomy.Categories;
import org.haven.taxonomy.ContentNotes;
import org.springframework.stereotype.Component;

/**
 * What read models are made from besides articles: category names, authors and content
 * notes.
 */
@Component
class CardLookups {

	private final Categories categories;

	private final AuthorRepository authors;

	private final ContentNotes notes;

	CardLookups(Categories categories, AuthorRepository authors, ContentNotes notes) {
		this.categories = categories;
		this.authors = authors;
		this.notes = notes;
	}

	/** A lookup for one call's cards: reads the categories and authors once. */
	CardLookup lookup() {
		return new CardLookup(categories, authors, notes);
	}

	List<AuthorView> authors() {
		return authors.findAllByOrderByNameAsc().stream().map(CardLookup::view).toList();
	}

	Optional<AuthorView> author(String slug) {
		return authors.findBySlug(slug).map(CardLookup::view);
	}

}
