package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When an edit is only a typo fix, and when the reviewer must look again. */
class ReviewStalenessUnitTest {

	static final String APPROVED = """
			## Before you start

			Worry often gets louder at night, and a short routine can help you wind down.

			- Write worries down
			- Breathe slowly

			## When to get help
			""";

	@Test
	void aTypoFixKeepsTheReview() {
		String fixed = APPROVED.replace("louder", "loudr").replace("loudr", "louder").replace("wind down", "wind-down");

		assertThat(ReviewStaleness.changesMeaning(APPROVED, fixed, 5)).isFalse();
		assertThat(ReviewStaleness.changesMeaning(APPROVED, APPROVED.replace("\n\n", "\n\n\n"), 5)).isFalse();
	}

	@Test
	void rewrappingAParagraphIsNoChange() {
		String rewrapped = APPROVED.replace("night, and a short", "night,\nand a short");

		assertThat(ReviewStaleness.changesMeaning(APPROVED, rewrapped, 0)).isFalse();
	}

	@Test
	void aChangedHeadingMakesItStale() {
		assertThat(ReviewStaleness.changesMeaning(APPROVED, APPROVED.replace("When to get help", "When to worry"), 5))
			.isTrue();
	}

	@Test
	void anAddedOrRemovedListItemMakesItStale() {
		assertThat(ReviewStaleness.changesMeaning(APPROVED, APPROVED.replace("- Breathe slowly\n", ""), 5)).isTrue();
		assertThat(ReviewStaleness.changesMeaning(APPROVED,
				APPROVED.replace("- Breathe slowly\n", "- Breathe slowly\n- Stop your medication\n"), 50))
			.isTrue();
	}

	@Test
	void moreThanTheAllowedNumberOfChangedWordsMakesItStale() {
		String sixWords = APPROVED.replace("a short routine can help you wind down",
				"stopping your medication suddenly is always fine");

		assertThat(ReviewStaleness.changesMeaning(APPROVED, sixWords, 5)).isTrue();
		assertThat(ReviewStaleness.changesMeaning(APPROVED, sixWords, 10)).isFalse();
	}

	@Test
	void countsTheLargerSideOfEachChangedRun() {
		assertThat(
				ReviewStaleness.changedWords(java.util.List.of("a", "b", "c"), java.util.List.of("a", "x", "y", "c")))
			.isEqualTo(2);
	}

}
