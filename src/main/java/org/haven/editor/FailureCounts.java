package org.haven.editor;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where {@link LoginThrottle} counts failed sign-ins: in this node's memory, or in a
 * table every node of a cluster shares.
 */
interface FailureCounts {

	/** The failures counted under {@code key}, with the time of the last one. */
	record Failures(int count, Instant last) {
	}

	@Nullable Failures get(String key);

	/**
	 * Counts a failure at {@code now}: one more, or the first again when the last one is
	 * more than {@code window} old. Counts older than {@code keep} may be dropped.
	 */
	void record(String key, Instant now, Duration window, Duration keep);

	void forget(String key);

	void forgetAll();

}
