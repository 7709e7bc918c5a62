package org.haven.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.jspecify.annotations.Nullable;

/** Failed sign-ins counted in this node's memory: a restart forgives everyone. */
final class MemoryFailureCounts implements FailureCounts {

	private final Cache<String, Failures> failures;

	MemoryFailureCounts(Clock clock, Duration keep) {
		Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
		this.failures = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(keep).maximumSize(100_000).build();
	}

	@Override
	public @Nullable Failures get(String key) {
		return failures.getIfPresent(key);
	}

	@Override
	public void record(String key, Instant now, Duration window, Duration keep) {
		failures.asMap()
			.compute(key, (k, f) -> f == null || now.isAfter(f.last().plus(window)) ? new Failures(1, now)
					: new Failures(f.count() + 1, now));
	}

	@Override
	public void forget(String key) {
		failures.invalidate(key);
	}

	@Override
	public void forgetAll() {
		failures.invalidateAll();
	}

}
