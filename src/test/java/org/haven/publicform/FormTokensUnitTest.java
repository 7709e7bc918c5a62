package org.haven.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.haven.config.SigningKey;
import org.junit.jupiter.api.Test;

class FormTokensUnitTest {

	static final Instant NOON = Instant.parse("2026-11-29T12:00:00Z");

	final FormTokens tokens = new FormTokens(key("one"), Duration.ofSeconds(2), Duration.ofHours(24));

	@Test
	void everyReaderServedInTheSameBucketGetsTheSameToken() {
		assertThat(tokens.issue(NOON)).isEqualTo(tokens.issue(NOON.plusMillis(1500)));
		assertThat(tokens.issue(NOON)).isNotEqualTo(tokens.issue(NOON.plusSeconds(2)));
	}

	@Test
	void aTokenTellsWhenItsBucketBegan() {
		String token = tokens.issue(NOON.plusMillis(1500));
		assertThat(tokens.issuedAt(token, NOON.plusSeconds(30))).isEqualTo(NOON);
	}

	@Test
	void refusesATokenOlderThanItsLifetimeOrFromTheFuture() {
		String token = tokens.issue(NOON);
		assertThat(tokens.issuedAt(token, NOON.plus(Duration.ofHours(24)))).isEqualTo(NOON);
		assertThat(tokens.issuedAt(token, NOON.plus(Duration.ofHours(24)).plusSeconds(1))).isNull();
		assertThat(tokens.issuedAt(token, NOON.minusSeconds(1))).isNull();
	}

	@Test
	void refusesForgedTamperedAndMalformedTokens() {
		String token = tokens.issue(NOON);
		String later = Long.toString(Long.parseLong(token.substring(0, token.indexOf('.')), 36) + 1, 36);
		assertThat(tokens.issuedAt(later + token.substring(token.indexOf('.')), NOON.plusSeconds(60))).isNull();
		assertThat(new FormTokens(key("two"), Duration.ofSeconds(2), Duration.ofHours(24)).issuedAt(token,
				NOON.plusSeconds(60)))
			.isNull();
		assertThat(tokens.issuedAt(null, NOON)).isNull();
		assertThat(tokens.issuedAt("", NOON)).isNull();
		assertThat(tokens.issuedAt("no-dot", NOON)).isNull();
		assertThat(tokens.issuedAt(".abc", NOON)).isNull();
		assertThat(tokens.issuedAt("zz!.abc", NOON)).isNull();
		assertThat(tokens.issuedAt("x".repeat(500), NOON)).isNull();
	}

	static SigningKey key(String seed) {
		return SigningKey.of((seed + "-0123456789abcdef0123456789abcdef").getBytes(StandardCharsets.US_ASCII));
	}

}
