package org.haven.cluster;

import java.time.Clock;
import java.time.Duration;

import org.haven.config.JobLock;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the event table short: rows older than {@code haven.cluster.keep-events} are
 * deleted by the node holding the job lock. Only a node down for longer than that could
 * have needed them, and a node that starts builds everything from the database.
 */
class ChangePruning {

	private final ChangeLog changes;

	private final JobLock lock;

	private final Duration keep;

	private final Clock clock;

	ChangePruning(ChangeLog changes, JobLock lock, Duration keep, Clock clock) {
		this.changes = changes;
		this.lock = lock;
		this.keep = keep;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void prune() {
		if (lock.held()) {
			changes.deleteBefore(clock.instant().minus(keep));
		}
	}

}
