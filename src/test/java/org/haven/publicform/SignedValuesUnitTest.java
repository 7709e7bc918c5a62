package org.haven.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.haven.support.MutableClock;
import org.junit.jupiter.api.Test;

class SignedValuesUnitTest {

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:00:00Z"));

	final SignedValues links = new SignedValues(FormTokensUnitTest.key("one"), clock);

	@Test
	void givesBackTheValueUntilTheLinkExpires() {
		String token = links.sign("delete-comments", "reader@example.org", Duration.ofDays(7));
		assertThat(links.verify("delete-comments", token)).contains("reader@example.org");
		clock.advance(Duration.ofDays(7).plusSeconds(1));
		assertThat(links.verify("delete-comments", token)).isEmpty();
	}

	@Test
	void aLinkForOnePurposeDoesNotWorkForAnother() {
		String token = links.sign("delete-comments", "reader@example.org", Duration.ofDays(7));
		assertThat(links.verify("confirm-subscription", token)).isEmpty();
	}

	@Test
	void refusesChangedOrExtendedOrForeignLinks() {
		String token = links.sign("delete-comments", "reader@example.org", Duration.ofDays(7));
		String[] parts = token.split("\\.");
		String otherValue = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("x@example.org".getBytes());
		assertThat(links.verify("delete-comments", otherValue + "." + parts[1] + "." + parts[2])).isEmpty();
		assertThat(links.verify("delete-comments", parts[0] + ".zzzzzz." + parts[2])).isEmpty();
		assertThat(new SignedValues(FormTokensUnitTest.key("two"), clock).verify("delete-comments", token)).isEmpty();
		assertThat(links.verify("delete-comments", "garbage")).isEmpty();
		assertThat(links.verify("delete-comments", null)).isEmpty();
	}

}
