package org.haven.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpamChainUnitTest {

	static final ModerationSettings SETTINGS = new ModerationSettings(true, 90, false, 4, 10,
			List.of("casino", "payday loan"));

	static SpamChain.Score score(String body, boolean honeypot, boolean tooFast, boolean duplicate) {
		return SpamChain.score(new SpamChain.Input(body, honeypot, tooFast, duplicate), SETTINGS);
	}

	@Test
	void anOrdinaryCommentScoresNothing() {
		assertThat(score("Thank you, this helped me see it differently.", false, false, false).points()).isZero();
	}

	@Test
	void eachRuleAddsItsPointsAndSaysWhy() {
		assertThat(score("see https://a.example and https://b.example and www.c.example", false, false, false))
			.satisfies(s -> assertThat(s.points()).isEqualTo(6))
			.satisfies(s -> assertThat(s.reasons()).containsExactly("links:3"));
		assertThat(score("Best CASINO bonus", false, false, false).reasons()).containsExactly("banned:casino");
		assertThat(score("ok", false, false, false).reasons()).containsExactly("too short");
		assertThat(score("A real comment here", true, false, false).points()).isEqualTo(10);
		assertThat(score("A real comment here", false, true, false).points()).isEqualTo(6);
		assertThat(score("A real comment here", false, false, true).points()).isEqualTo(8);
	}

	@Test
	void theThresholdsAreTheAdminsToTune() {
		ModerationSettings strict = new ModerationSettings(true, 90, false, 1, 2, List.of("bonus"));
		assertThat(SpamChain.score(new SpamChain.Input("a bonus", false, false, false), strict).points())
			.isGreaterThanOrEqualTo(strict.spamThreshold());
	}

}
