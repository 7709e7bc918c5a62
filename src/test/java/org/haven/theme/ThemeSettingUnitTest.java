package org.haven.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A setting's value is checked against its type and reaches templates as a value of that
 * type.
 */
class ThemeSettingUnitTest {

	@Test
	void aBooleanIsTrueOrFalse() {
		ThemeSetting setting = new ThemeSetting("show", "true", "boolean", "Show");

		assertThat(setting.valueOf("true")).contains(Boolean.TRUE);
		assertThat(setting.valueOf("false")).contains(Boolean.FALSE);
		assertThat(setting.valueOf("yes")).isEmpty();
		assertThat(setting.problemWith("yes")).contains("Choose on or off.");
	}

	@Test
	void aNumberIsAWholeNumberWithinItsRange() {
		ThemeSetting any = new ThemeSetting("count", "3", "number", "Count");
		ThemeSetting ranged = new ThemeSetting("count", "3", "number", "Count", 0, 99);

		assertThat(any.valueOf("-12")).contains(-12);
		assertThat(any.valueOf("1.5")).isEmpty();
		assertThat(any.problemWith("many")).contains("Give a whole number.");
		assertThat(ranged.valueOf("99")).contains(99);
		assertThat(ranged.valueOf("100")).isEmpty();
		assertThat(ranged.valueOf("-1")).isEmpty();
		assertThat(ranged.problemWith("100")).contains("Give a whole number from 0 to 99.");
	}

	@Test
	void aColourIsAHashAndSixHexDigitsAndPrintsAsWritten() {
		ThemeSetting setting = new ThemeSetting("accent", "#2f6f62", "color", "Accent");

		assertThat(setting.valueOf("#12AB3c")).contains(new ThemeColor("#12AB3c"));
		assertThat(setting.valueOf("#12AB3c").orElseThrow()).hasToString("#12AB3c");
		assertThat(setting.valueOf("red")).isEmpty();
		assertThat(setting.problemWith("red"))
			.contains("Give a colour as # and six hexadecimal digits, for example #2f6f62.");
	}

	@Test
	void anythingElseIsTextOfUpTo500Characters() {
		ThemeSetting setting = new ThemeSetting("tagline", "", "wordy", "");

		assertThat(setting.type()).isEqualTo("text");
		assertThat(setting.label()).isEqualTo("tagline");
		assertThat(setting.valueOf("Read slowly")).contains("Read slowly");
		assertThat(setting.valueOf("x".repeat(501))).isEmpty();
	}

	@Test
	void aRangeMustNotBeEmpty() {
		assertThatThrownBy(() -> new ThemeSetting("count", "3", "number", "Count", 5, 1))
			.hasMessage("'min' 5 is more than 'max' 1");
	}

}
