package org.haven.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.haven.article.EventOrigin;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Applies the events other nodes wrote after the last one this node applied, by
 * publishing them here as if the change had been made here ({@link EventOrigin}): indexes
 * re-read the article, caches drop their pages. Starts from the newest row when the
 * listener first connects, since start-up builds everything from the database anyway.
 * <p>
 * Ids are handed out when a row is written but become visible when its transaction
 * commits, so a lower id can appear after a higher one. A skipped id is therefore looked
 * for again for a while ({@link #GAP_PATIENCE}) before it is taken for a rolled-back one.
 */
class ChangeCatchUp implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(ChangeCatchUp.class);

	static final Duration GAP_PATIENCE = Duration.ofSeconds(30);

	private static final int BATCH = 500;

	private static final int MAX_GAPS = 1000;

	private final ChangeLog changes;

	private final ApplicationEventPublisher events;

	private final String node;

	private final Map<Long, Long> gaps = new LinkedHashMap<>();

	/**
	 * The newest id applied; -1 until the first run, which reads it (after Flyway has
	 * run).
	 */
	private long last = -1;

	ChangeCatchUp(ChangeLog changes, ApplicationEventPublisher events, String node) {
		this.changes = changes;
		this.events = events;
		this.node = node;
	}

	@Override
	public synchronized void run() {
		if (last < 0) {
			last = changes.lastId();
			return;
		}
		List<ChangeLog.Stored> rows = new ArrayList<>(changes.withIds(gaps.keySet()));
		List<ChangeLog.Stored> next;
		do {
			next = changes.after(last, BATCH);
			for (ChangeLog.Stored row : next) {
				for (long missing = last + 1; missing < row.id() && gaps.size() < MAX_GAPS; missing++) {
					gaps.put(missing, System.nanoTime());
				}
				last = row.id();
			}
			rows.addAll(next);
		}
		while (next.size() == BATCH);
		rows.sort(Comparator.comparingLong(ChangeLog.Stored::id));
		rows.forEach(this::apply);
		long expired = System.nanoTime() - GAP_PATIENCE.toNanos();
		gaps.values().removeIf(seen -> seen < expired);
	}

	private void apply(ChangeLog.Stored row) {
		gaps.remove(row.id());
		if (node.equals(row.node())) {
			return;
		}
		Object event = row.change().toEvent();
		if (event == null) {
			log.warn("Unknown change kind {} from node {}: a newer version wrote it?", row.change().kind(), row.node());
			return;
		}
		try {
			EventOrigin.replay(() -> {
				events.publishEvent(event);
				return null;
			});
		}
		catch (RuntimeException ex) {
			log.error("Applying change {} from node {} failed", row.id(), row.node(), ex);
		}
	}

}
