package org.haven.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;

import org.haven.content.Readability.Scores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Syllables and the published reading formulas: Flesch reading ease and Flesch-Kincaid
 * grade for English, Amstad for German.
 */
class ReadabilityUnitTest {

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "the, 1", "cat, 1", "make, 1", "table, 2", "simple, 2", "whole, 1", "helped, 1", "wanted, 2",
			"worried, 2", "buses, 2", "makes, 1", "water, 2", "anxious, 2", "therapy, 3", "radio, 3", "nation, 2",
			"special, 2", "medication, 4", "understanding, 4", "daily, 2" })
	void countsEnglishSyllables(String word, int syllables) {
		assertThat(Syllables.count(word, Locale.ENGLISH)).isEqualTo(syllables);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "Haus, 1", "Leute, 2", "Angst, 1", "Therapie, 3", "schlafen, 2", "Gefühle, 3", "Beziehung, 3",
			"Frau, 1", "Zeit, 1", "Müdigkeit, 3" })
	void countsGermanSyllables(String word, int syllables) {
		assertThat(Syllables.count(word, Locale.GERMAN)).isEqualTo(syllables);
	}

	@Test
	void scoresEnglishWithFleschAndFleschKincaid() {
		// 2 sentences, 10 words, 12 syllables
		Scores scores = Readability.score("The cat sat on the mat. Then it slept all day.", Locale.ENGLISH, 25);

		assertThat(scores.sentences()).isEqualTo(2);
		assertThat(scores.words()).isEqualTo(11);
		assertThat(scores.syllables()).isEqualTo(11);
		assertThat(scores.readingEase()).isCloseTo(206.835 - 1.015 * 5.5 - 84.6 * 1.0, within(0.001));
		assertThat(scores.grade()).isCloseTo(0.39 * 5.5 + 11.8 * 1.0 - 15.59, within(0.001));
	}

	@Test
	void scoresGermanWithAmstad() {
		Scores scores = Readability.score("Die Angst ist groß. Sie geht vorbei.", Locale.GERMAN, 25);

		assertThat(scores.sentences()).isEqualTo(2);
		assertThat(scores.words()).isEqualTo(7);
		double perWord = (double) scores.syllables() / 7;
		assertThat(scores.readingEase()).isCloseTo(180 - 3.5 - 58.5 * perWord, within(0.001));
	}

	@Test
	void harderTextScoresHarder() {
		Scores easy = Readability.score("Sleep helps. Walk a bit each day. Talk to a friend.", Locale.ENGLISH, 25);
		Scores hard = Readability.score(
				"Pharmacological interventions demonstrate considerable heterogeneity regarding efficacy.",
				Locale.ENGLISH, 25);

		assertThat(easy.readingEase()).isGreaterThan(hard.readingEase());
		assertThat(easy.grade()).isLessThan(hard.grade());
	}

	@Test
	void findsSentencesOverTheLimitWithWhereTheyStart() {
		String longOne = "When you have been awake for a long time and the worries keep coming back again and "
				+ "again it can help to get up and do something calm for a while.";
		String text = "Short one. " + longOne + " Another short one.";

		Scores scores = Readability.score(text, Locale.ENGLISH, 25);

		assertThat(scores.longSentences()).singleElement().satisfies(s -> {
			assertThat(s.text()).isEqualTo(longOne);
			assertThat(s.start()).isEqualTo(text.indexOf(longOne));
			assertThat(s.words()).isGreaterThan(25);
		});
	}

	@Test
	void anEmptyTextHasNoScores() {
		assertThat(Readability.score("  \n ", Locale.ENGLISH, 25).words()).isZero();
	}

}
