package org.haven.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.jspecify.annotations.Nullable;

/**
 * Counts failed sign-ins per account and per IP address. Failures are forgotten
 * {@code window} after the last one; once a count reaches its limit, sign-in is refused
 * until {@code lockout} after the failure that reached it. Held in memory (Caffeine), so
 * a restart forgives everyone.
 */
class LoginThrottle {

	private record Failures(int count, Instant last) {
	}

	private final EditorProperties.Login settings;

	private final Clock clock;

	private final Cache<String, Failures> failures;

	LoginThrottle(EditorProperties.Login settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		Duration keep = settings.window().compareTo(settings.lockout()) > 0 ? settings.window() : settings.lockout();
		Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
		this.failures = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(keep).maximumSize(100_000).build();
	}

	boolean locked(String account, @Nullable String address) {
		return over(accountKey(account), settings.maxFailuresPerAccount())
				|| (address != null && over(addressKey(address), settings.maxFailuresPerAddress()));
	}

	void failed(String account, @Nullable String address) {
		record(accountKey(account));
		if (address != null) {
			record(addressKey(address));
		}
	}

	void succeeded(String account) {
		failures.invalidate(accountKey(account));
	}

	void forgetAll() {
		failures.invalidateAll();
	}

	private boolean over(String key, int limit) {
		Failures f = failures.getIfPresent(key);
		if (f == null || f.count() < limit) {
			return false;
		}
		return clock.instant().isBefore(f.last().plus(settings.lockout()));
	}

	private void record(String key) {
		Instant now = clock.instant();
		failures.asMap()
			.compute(key, (k, f) -> f == null || now.isAfter(f.last().plus(settings.window())) ? new Failures(1, now)
					: new Failures(f.count() + 1, now));
	}

	private static String accountKey(String account) {
		return "account:" + AccountEmails.normalise(account);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
