package org.haven.views;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.haven.article.Articles;
import org.haven.views.ViewCounter.Tally;
import org.haven.views.ViewStore.DayViews;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Moves counted views from memory to the database: on a schedule (every
 * {@code haven.views.flush-interval}) and once more when the application stops. Slugs
 * become article ids here, off the request path; a view of an article that was
 * unpublished or renamed in between is dropped.
 */
class ViewFlusher implements DisposableBean {

	private static final Log log = LogFactory.getLog(ViewFlusher.class);

	private final ViewCounter counter;

	private final ViewStore store;

	private final Articles articles;

	ViewFlusher(ViewCounter counter, ViewStore store, Articles articles) {
		this.counter = counter;
		this.store = store;
		this.articles = articles;
	}

	/** Stores everything counted so far; returns how many views were stored. */
	@Scheduled(fixedDelayString = "${haven.views.flush-interval:PT5S}")
	public synchronized long flush() {
		List<Tally> tallies = counter.drain();
		if (tallies.isEmpty()) {
			return 0;
		}
		try {
			Set<String> slugs = tallies.stream().map(Tally::slug).collect(Collectors.toSet());
			Map<String, Long> ids = articles.publishedIds(slugs);
			List<DayViews> additions = tallies.stream()
				.filter(tally -> ids.containsKey(tally.slug()))
				.map(tally -> new DayViews(ids.get(tally.slug()), tally.day(), tally.views()))
				.toList();
			store.add(additions);
			return additions.stream().mapToLong(DayViews::views).sum();
		}
		catch (RuntimeException ex) {
			log.warn("Could not store article views; keeping them for the next flush", ex);
			counter.restore(tallies);
			return 0;
		}
	}

	/** The last views counted before the application stops; the database is still up. */
	@Override
	public void destroy() {
		flush();
	}

}
