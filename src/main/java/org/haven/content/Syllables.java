package org.haven.content;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the syllables of a word the way readability formulas need: by groups of vowels,
 * with the usual English corrections (a silent final e, -ed and -es endings, "-le" after
 * a consonant) and German diphthongs counted once. Wrong for a few words, right on
 * average, which is all a reading score asks of it.
 */
public final class Syllables {

	private static final Pattern EN_VOWELS = Pattern.compile("[aeiouy]+");

	private static final Pattern SPLIT_VOWELS = Pattern.compile("(?<![tcsgx])i[ao]");

	private static final Pattern DE_VOWELS = Pattern.compile("(?:ei|ie|au|eu|äu|aa|ee|oo|[aeiouyäöü])");

	private Syllables() {
	}

	public static int count(String word, Locale language) {
		String w = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
		if (w.isEmpty()) {
			return 0;
		}
		return Math.max(1, "de".equals(language.getLanguage()) ? german(w) : english(w));
	}

	private static int english(String w) {
		if (w.length() <= 3) {
			return 1;
		}
		String stem = w;
		if (stem.endsWith("es") && !stem.matches(".*(?:[cgsxz]|ch|sh)es$")) {
			stem = stem.substring(0, stem.length() - 2);
		}
		else if (stem.endsWith("ed") && !stem.matches(".*[td]ed$")) {
			stem = stem.substring(0, stem.length() - 2);
		}
		else if (stem.endsWith("e") && !stem.matches(".*[^aeiouy]le$") && !stem.endsWith("ee")) {
			// a silent e ("make"), but "ta-ble" and "sim-ple" keep their last syllable
			stem = stem.substring(0, stem.length() - 1);
		}
		// -ia- and -io- are usually two syllables (ra-di-o, me-di-a), but not in -tion,
		// -cial
		return groups(EN_VOWELS, stem) + countMatches(SPLIT_VOWELS, stem);
	}

	private static int german(String w) {
		return groups(DE_VOWELS, w);
	}

	private static int groups(Pattern vowels, String w) {
		return countMatches(vowels, w);
	}

	private static int countMatches(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

}
