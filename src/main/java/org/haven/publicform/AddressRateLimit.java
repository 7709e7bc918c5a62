package org.haven.publicform;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.haven.common.Sha256;

/**
 * Counts submissions per form and client in fixed windows. A client is known only by a
 * SHA-256 of its address with a random salt that lives in memory and is replaced every
 * day (UTC), so counts cannot be linked across days and the raw address is never kept,
 * not even in memory beyond the request.
 */
final class AddressRateLimit {

	private final int limit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final Cache<String, AtomicInteger> counts;

	private LocalDate saltDay = LocalDate.MIN;

	private String salt = "";

	AddressRateLimit(int limit, Duration window, Clock clock) {
		this.limit = limit;
		this.clock = clock;
		// The entry is written once, when a window opens, so it expires one window later
		this.counts = Caffeine.newBuilder()
			.expireAfterWrite(window)
			.maximumSize(100_000)
			.ticker(() -> clock.millis() * 1_000_000L)
			.build();
	}

	/** Counts one submission; false once the client is over the limit in this window. */
	boolean tryAcquire(String form, String address) {
		int count = counts.get(form + ":" + clientKey(address), key -> new AtomicInteger()).incrementAndGet();
		return count <= limit;
	}

	/** The salted hash that stands for the address today. */
	synchronized String clientKey(String address) {
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		if (!today.equals(saltDay)) {
			byte[] bytes = new byte[16];
			random.nextBytes(bytes);
			salt = HexFormat.of().formatHex(bytes);
			saltDay = today;
		}
		return Sha256.hex((salt + "|" + address).getBytes(StandardCharsets.UTF_8));
	}

}
