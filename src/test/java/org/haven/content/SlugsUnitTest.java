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
	void validatesSlugs() {
		assertThat(Slugs.isValid("first-therapy-session")).isTrue();
		assertThat(Slugs.isValid("Bad Slug")).isFalse();
		assertThat(Slugs.isValid("trailing-")).isFalse();
		assertThat(Slugs.isValid("../etc")).isFalse();
	}

}
