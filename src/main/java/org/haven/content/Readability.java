package org.haven.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading scores of a plain text with the published formulas: for English, Flesch reading
 * ease (206.835 - 1.015 words/sentence - 84.6 syllables/word) and the Flesch-Kincaid
 * grade (0.39 words/sentence + 11.8 syllables/word - 15.59); for German, Amstad's
 * adaptation of Flesch (180 - words/sentence - 58.5 syllables/word). Also the sentences
 * longer than a limit, which the editor highlights.
 */
public final class Readability {

	/** One sentence, where it starts in the text and how many words it has. */
	public record Sentence(String text, int start, int words) {
	}

	/**
	 * The scores of a text; {@code grade} is the Flesch-Kincaid grade (also given for
	 * German, as a rough guide).
	 */
	public record Scores(int sentences, int words, int syllables, double readingEase, double grade,
			List<Sentence> longSentences) {

		public double wordsPerSentence() {
			return sentences == 0 ? 0 : (double) words / sentences;
		}

	}

	private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+(?=\\s|$)|(?=\\n)|$)");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

	private Readability() {
	}

	public static Scores score(String text, Locale language, int longSentenceWords) {
		int sentences = 0;
		int words = 0;
		int syllables = 0;
		List<Sentence> longOnes = new ArrayList<>();
		Matcher sentence = SENTENCE.matcher(text);
		while (sentence.find()) {
			int inSentence = 0;
			Matcher word = WORD.matcher(sentence.group());
			while (word.find()) {
				inSentence++;
				if (word.group().chars().anyMatch(Character::isLetter)) {
					syllables += Syllables.count(word.group(), language);
				}
				else {
					syllables += 1; // a number reads as one unit here
				}
			}
			if (inSentence == 0) {
				continue;
			}
			sentences++;
			words += inSentence;
			if (inSentence > longSentenceWords) {
				String s = sentence.group();
				int lead = s.length() - s.stripLeading().length();
				longOnes.add(new Sentence(s.strip(), sentence.start() + lead, inSentence));
			}
		}
		if (words == 0) {
			return new Scores(0, 0, 0, 0, 0, List.of());
		}
		double perSentence = (double) words / sentences;
		double perWord = (double) syllables / words;
		double ease = "de".equals(language.getLanguage()) ? 180 - perSentence - 58.5 * perWord
				: 206.835 - 1.015 * perSentence - 84.6 * perWord;
		double grade = 0.39 * perSentence + 11.8 * perWord - 15.59;
		return new Scores(sentences, words, syllables, ease, grade, List.copyOf(longOnes));
	}

}
