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
			assertThat(TERMS.mayMatchIn(FoldedText.of(text))).as(text).isTrue();
		}
	}

	@Test
	void aTextWithNoneOfTheTermsIsSkipped() {
		String text = "Worry often gets louder at night; a short routine helps you wind down and rest.";

		assertThat(TERMS.pattern().matcher(text).find()).isFalse();
		assertThat(TERMS.mayMatchIn(FoldedText.of(text))).isFalse();
	}

	@Test
	void foldingLowersCaseAndTurnsSpacingAndMarkersIntoOneSpace() {
		assertThat(Terms.fold("  My **Life**\n>  Now_")).isEqualTo("my life now");
	}

	@Test
	void everyCharacterFoldsAsCharacterLowerCaseOrAGap() {
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			boolean gap = Character.isWhitespace(c) || c == '*' || c == '_' || c == '>';
			String expected = gap ? "a b" : "a" + Character.toLowerCase(c) + "b";
			assertThat(Terms.fold("a" + c + "b")).as("U+%04X", (int) c).isEqualTo(expected);
		}
	}

	@Test
	void aFoldedTextAnswersTheSameForALiteralAskedAgain() {
		FoldedText text = FoldedText.of("Thoughts of SUICIDE can pass.");

		assertThat(text.contains("suicide")).isTrue();
		assertThat(text.contains("suicide")).isTrue();
		assertThat(text.contains("end")).isFalse();
		assertThat(text.contains("end")).isFalse();
	}

}
