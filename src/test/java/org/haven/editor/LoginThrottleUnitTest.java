package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.haven.support.MutableClock;
import org.junit.jupiter.api.Test;

class LoginThrottleUnitTest {

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

	final LoginThrottle throttle = new LoginThrottle(
			new EditorProperties.Login(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);

	@Test
	void fiveFailuresLockTheAccountForFifteenMinutes() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("Ada@Example.org", "10.0.0." + i);
		}
		assertThat(throttle.locked("ada@example.org", "10.0.0.99")).isFalse();

		throttle.failed("ada@example.org", "10.0.0.5");

		assertThat(throttle.locked("ADA@example.org", "10.0.0.99")).isTrue();
		clock.advance(Duration.ofMinutes(14));
		assertThat(throttle.locked("ada@example.org", null)).isTrue();
		clock.advance(Duration.ofMinutes(2));
		assertThat(throttle.locked("ada@example.org", null)).isFalse();
	}

	@Test
	void spellingsThatNameOneAccountShareOneCount() {
		for (int i = 0; i < 5; i++) {
			throttle.failed(i % 2 == 0 ? "adm\u0131n@example.org" : "ADMIN@example.org", null);
		}

		assertThat(throttle.locked("admin@example.org", null)).isTrue();
		assertThat(throttle.locked("\uff41dmin@example.org", null)).as("full-width a, NFKC").isTrue();
	}

	@Test
	void failuresSpreadOverMoreThanTheWindowDoNotAddUp() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("ben@example.org", null);
		}
		clock.advance(Duration.ofMinutes(16));
		throttle.failed("ben@example.org", null);

		assertThat(throttle.locked("ben@example.org", null)).isFalse();
	}

	@Test
	void aSuccessfulSignInForgetsTheAccountsFailures() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("cy@example.org", null);
		}
		throttle.succeeded("cy@example.org");
		throttle.failed("cy@example.org", null);

		assertThat(throttle.locked("cy@example.org", null)).isFalse();
	}

	@Test
	void oneAddressTryingManyAccountsIsLockedToo() {
		for (int i = 0; i < 20; i++) {
			throttle.failed("user" + i + "@example.org", "192.0.2.7");
		}

		assertThat(throttle.locked("someone-else@example.org", "192.0.2.7")).isTrue();
		assertThat(throttle.locked("someone-else@example.org", "192.0.2.8")).isFalse();
	}

}
