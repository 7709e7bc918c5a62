package org.haven.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsUnitTest {

	@Test
	void makesLowercaseAsciiWithHyphens() {
		assertThat(Slugs.of("Self-compassion & CBT")).isEqualTo("self-compassion-cbt");
		assertThat(Slugs.of("  Café Thérapie  ")).isEqualTo("cafe-therapie");
		assertThat(Slugs.of("--Already--slugged--")).isEqualTo("already-slugged");
	}

	@Test
	void spellsOutLatinLettersThatHaveNoAccentToStrip() {
		assertThat(Slugs.of("Straße")).isEqualTo("strasse");
		assertThat(Slugs.of("Æble Øl Łódź")).isEqualTo("aeble-ol-lodz");
		assertThat(Slugs.of("cœur, Đorđe, Þórður, Ðan")).isEqualTo("coeur-dorde-thordur-dan");
		assertThat(Slugs.of("ÆØŁ")).isEqualTo("aeol");
	}

	@Test
	void hasNoAsciiSlugForANameWithoutLatinLettersOrDigits() {
		assertThat(Slugs.of("焦虑")).isEmpty();
		assertThat(Slugs.of("тревога")).isEmpty();
	}

	@Test
	void aTagWithoutLatinLettersOrDigitsKeepsItsOwnScript() {
		assertThat(Slugs.ofTag("焦虑")).isEqualTo("焦虑");
		assertThat(Slugs.ofTag("  Тревога и сон! ")).isEqualTo("тревога-и-сон");
		assertThat(Slugs.ofTag("قلق")).isEqualTo("قلق");
		assertThat(Slugs.ofTag("चिंता")).as("vowel signs are part of the word").isEqualTo("चिंता");
	}

	@Test
	void aTagWithLatinLettersOrDigitsGetsTheAsciiSlug() {
		assertThat(Slugs.ofTag("Self-compassion & CBT")).isEqualTo("self-compassion-cbt");
		assertThat(Slugs.ofTag("Straße")).isEqualTo("strasse");
		assertThat(Slugs.ofTag("焦虑 2024")).isEqualTo("2024");
		assertThat(Slugs.ofTag("?!")).isEmpty();
	}

	@Test
	void validatesSlugs() {
		assertThat(Slugs.isValid("first-therapy-session")).isTrue();
		assertThat(Slugs.isValid("Bad Slug")).isFalse();
		assertThat(Slugs.isValid("trailing-")).isFalse();
		assertThat(Slugs.isValid("../etc")).isFalse();
		assertThat(Slugs.isValid("тревога")).as("articles, pages and categories need ASCII").isFalse();
	}

}
