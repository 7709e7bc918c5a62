package org.haven.taxonomy;

import org.haven.content.ContentProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a category edit is kept: the change and the rewrite of
 * {@code content/categories.yaml} in one transaction (a failed write rolls the change
 * back, so file and database agree), then one announcement.
 */
@Component
class CategoryWrites {

	private final CategoryRepository categories;

	private final CategoriesFile file;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final ContentProperties properties;

	CategoryWrites(CategoryRepository categories, CategoriesFile file, TransactionTemplate transaction,
			ApplicationEventPublisher events, ContentProperties properties) {
		this.categories = categories;
		this.file = file;
		this.transaction = transaction;
		this.events = events;
		this.properties = properties;
	}

	/**
	 * Runs {@code change}, then rewrites the file from the database, all in one
	 * transaction.
	 */
	void commit(Runnable change) {
		transaction.executeWithoutResult(status -> {
			change.run();
			categories.flush();
			file.write(properties.dir(), categories.findAllByOrderByOrderAscNameAsc());
		});
	}

	/**
	 * Category names sit on every card, so pages, feeds and the derived indexes are
	 * refreshed.
	 */
	void announce() {
		events.publishEvent(new VocabularyChanged("categories"));
	}

}
