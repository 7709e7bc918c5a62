package org.haven.article;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Just after midnight where the publisher is, reviews that fell due yesterday become
 * overdue: cached pages are dropped so readers see "due for review" without waiting for
 * the next edit.
 */
@Component
class ReviewDatesRollover {

	private final ApplicationEventPublisher events;

	ReviewDatesRollover(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Scheduled(cron = "0 1 0 * * *", zone = "${haven.site.time-zone:UTC}")
	void newDay() {
		events.publishEvent(new SiteContentChanged("review dates", false));
	}

}
