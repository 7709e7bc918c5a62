package org.haven.article;

import org.haven.taxonomy.VocabularyChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Passes a vocabulary change on as a site-wide content change: category names sit on
 * every card, so the derived indexes, pages and feeds that listen for
 * {@link SiteContentChanged} refresh as after an import.
 */
@Component
class VocabularyListener {

	private final ApplicationEventPublisher events;

	VocabularyListener(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(VocabularyChanged change) {
		events.publishEvent(new SiteContentChanged(change.reason(), true));
	}

}
