package org.haven.comment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds language that suggests suicidal thoughts or self-harm, from the phrase list in
 * {@code haven/crisis-phrases.txt}. Text and phrases are normalised the same way: lower
 * case, German umlauts and ß spelled out, accents dropped, apostrophes removed ("don't"
 * is "dont"), every other non-letter a space, runs of one letter collapsed ("diiie" is
 * "die", and "kill" is "kil" on both sides), so case, punctuation and repeated letters do
 * not hide a phrase. A phrase matches on word boundaries.
 */
final class CrisisLanguage {

	static final String PHRASES = "haven/crisis-phrases.txt";

	private final List<String> phrases;

	CrisisLanguage(List<String> phrases) {
		this.phrases = phrases.stream().map(CrisisLanguage::normalise).filter(p -> !p.isBlank()).distinct().toList();
	}

	static CrisisLanguage shipped() {
		try (InputStream in = CrisisLanguage.class.getClassLoader().getResourceAsStream(PHRASES)) {
			if (in == null) {
				throw new IllegalStateException(PHRASES + " is missing from the classpath");
			}
			return new CrisisLanguage(lines(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	boolean matches(String text) {
		String padded = " " + normalise(text) + " ";
		return phrases.stream().anyMatch(phrase -> padded.contains(" " + phrase + " "));
	}

	static String normalise(String text) {
		String lower = text.toLowerCase(Locale.ROOT)
			.replace("ß", "ss")
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("'", "")
			.replace("’", "");
		String plain = Normalizer.normalize(lower, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		StringBuilder out = new StringBuilder(plain.length());
		char last = ' ';
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			char kept = Character.isLetterOrDigit(c) ? c : ' ';
			if (kept != last) {
				out.append(kept);
			}
			last = kept;
		}
		return out.toString().trim();
	}

	static List<String> lines(InputStream in) throws IOException {
		List<String> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String trimmed = line.strip();
				if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
					lines.add(trimmed);
				}
			}
		}
		return lines;
	}

}
