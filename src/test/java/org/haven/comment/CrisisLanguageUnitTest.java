package org.haven.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrisisLanguageUnitTest {

	static final CrisisLanguage SHIPPED = CrisisLanguage.shipped();

	@ParameterizedTest
	@ValueSource(strings = { "I want to die", "i WANT to DIE!!!", "Honestly... I want to diiiie", "I-want-to-die",
			"there is no reason to live anymore", "sometimes I think I should kill myself",
			"I don't want to live like this", "I dont want to live", "I’m going to end my life", "Ich will sterben.",
			"Ich möchte nicht mehr leben", "ich moechte nicht mehr leben", "MANCHMAL WILL ICH MICH UMBRINGEN",
			"ich will nicht mehr da sein" })
	void holdsCommonWaysOfSayingIt(String text) {
		assertThat(SHIPPED.matches(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "This article helped me so much", "I was dying to read this", "Skills to live by",
			"The killer whale documentary", "Suicide prevention matters and this is well written",
			"Ich möchte mehr darüber lesen" })
	void letsOrdinaryCommentsThrough(String text) {
		assertThat(SHIPPED.matches(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Straße", "STRASSE", "strasse" })
	void spellsOutGermanLettersAndIgnoresCase(String text) {
		assertThat(CrisisLanguage.normalise(text)).isEqualTo("strase");
	}

}
