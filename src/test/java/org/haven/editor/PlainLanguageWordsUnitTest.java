package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The plain-language panel speaks English and German, with the same keys in both. */
class PlainLanguageWordsUnitTest {

	@Test
	void englishAndGermanHaveTheSameKeys() throws Exception {
		assertThat(keys("plain-language_de.properties")).isEqualTo(keys("plain-language.properties"));
	}

	@Test
	void wordsComeInTheSiteLanguageWithTheirNumbers() {
		assertThat(new PlainLanguageWords(Locale.GERMAN).get("target", 9))
			.isEqualTo("Die Kategorie verlangt Schulstufe 9 oder niedriger.");
		assertThat(new PlainLanguageWords(Locale.ENGLISH).get("above-target", 12, 9))
			.startsWith("This draft reads at grade 12, above the category's target of 9.");
		assertThat(new PlainLanguageWords(Locale.FRENCH).get("title")).isEqualTo("Plain language");
	}

	private static java.util.Set<Object> keys(String file) throws Exception {
		Properties properties = new Properties();
		try (InputStream in = PlainLanguageWordsUnitTest.class.getResourceAsStream("/admin-i18n/" + file)) {
			properties.load(in);
		}
		return properties.keySet();
	}

}
