package org.haven.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import org.haven.support.MutableClock;
import org.junit.jupiter.api.Test;

class AddressRateLimitUnitTest {

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:00:00Z"));

	final AddressRateLimit limit = new AddressRateLimit(3, Duration.ofMinutes(10), clock);

	@Test
	void letsThroughTheLimitPerWindowThenRefusesUntilTheWindowEnds() {
		assertThat(IntStream.range(0, 5).mapToObj(i -> limit.tryAcquire("comment", "203.0.113.7")))
			.containsExactly(true, true, true, false, false);
		clock.advance(Duration.ofMinutes(10).plusSeconds(1));
		assertThat(limit.tryAcquire("comment", "203.0.113.7")).isTrue();
	}

	@Test
	void countsEachAddressAndEachFormApart() {
		IntStream.range(0, 3).forEach(i -> limit.tryAcquire("comment", "203.0.113.7"));
		assertThat(limit.tryAcquire("comment", "203.0.113.7")).isFalse();
		assertThat(limit.tryAcquire("comment", "198.51.100.2")).isTrue();
		assertThat(limit.tryAcquire("subscribe", "203.0.113.7")).isTrue();
	}

	@Test
	void knowsAnAddressOnlyByASaltedHashThatChangesEveryDay() {
		String today = limit.clientKey("203.0.113.7");
		assertThat(today).hasSize(64).doesNotContain("203.0.113.7").isEqualTo(limit.clientKey("203.0.113.7"));
		assertThat(new AddressRateLimit(3, Duration.ofMinutes(10), clock).clientKey("203.0.113.7")).as("another salt")
			.isNotEqualTo(today);
		clock.advance(Duration.ofDays(1));
		assertThat(limit.clientKey("203.0.113.7")).isNotEqualTo(today);
	}

}
