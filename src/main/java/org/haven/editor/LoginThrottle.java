package org.haven.editor;

import java.time.Clock;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Counts failed sign-ins per account and per IP address. Failures are forgotten
 * {@code window} after the last one; once a count reaches its limit, sign-in is refused
 * until {@code lockout} after the failure that reached it. A single node counts in memory
 * (a restart forgives everyone); the nodes of a cluster count in the shared database.
 */
class LoginThrottle {

	private final EditorProperties.Login settings;

	private final Clock clock;

	private final FailureCounts failures;

	private final Duration keep;

	/** Counting in this node's memory. */
	LoginThrottle(EditorProperties.Login settings, Clock clock) {
		this(settings, clock, new MemoryFailureCounts(clock, keep(settings)));
	}

	LoginThrottle(EditorProperties.Login settings, Clock clock, FailureCounts failures) {
		this.settings = settings;
		this.clock = clock;
		this.failures = failures;
		this.keep = keep(settings);
	}

	private static Duration keep(EditorProperties.Login settings) {
		return settings.window().compareTo(settings.lockout()) > 0 ? settings.window() : settings.lockout();
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
		failures.forget(accountKey(account));
	}

	void forgetAll() {
		failures.forgetAll();
	}

	private boolean over(String key, int limit) {
		FailureCounts.Failures f = failures.get(key);
		if (f == null || f.count() < limit) {
			return false;
		}
		return clock.instant().isBefore(f.last().plus(settings.lockout()));
	}

	private void record(String key) {
		failures.record(key, clock.instant(), settings.window(), keep);
	}

	private static String accountKey(String account) {
		return "account:" + AccountEmails.normalise(account);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
