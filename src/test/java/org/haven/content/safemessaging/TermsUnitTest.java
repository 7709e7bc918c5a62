package org.haven.content.safemessaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The quick test before a term pattern runs never skips a text the pattern would match.
 */
class TermsUnitTest {

	static final TermPattern TERMS = Terms.compile(List.of("end* my life", "took * own life", "suicid*", "quick way*"));

	@Test
	void everyTextThePatternMatchesPassesTheQuickTest() {
		for (String text : List.of("I wanted to END   my\nlife.", "she ended **my** *life*", "He took\ntheir own life",
				"> took his own\n> life", "Suicidal thoughts", "a __quick__ wayward path")) {
			assertThat(TERMS.pattern().matcher(text).find()).as(text).isTrue();
			assertThat(TERMS.mayMatchIn(Terms.fold(text))).as(text).isTrue();
		}
	}

	@Test
	void aTextWithNoneOfTheTermsIsSkipped() {
		String text = "Worry often gets louder at night; a short routine helps you wind down and rest.";

		assertThat(TERMS.pattern().matcher(text).find()).isFalse();
		assertThat(TERMS.mayMatchIn(Terms.fold(text))).isFalse();
	}

	@Test
	void foldingLowersCaseAndTurnsSpacingAndMarkersIntoOneSpace() {
		assertThat(Terms.fold("  My **Life**\n>  Now_")).isEqualTo("my life now");
	}

}
