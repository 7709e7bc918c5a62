package org.haven.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Site-relative links and images in a feed item point at the site; everything else is
 * left as it is.
 */
class AbsoluteUrlsUnitTest {

	static final String BASE = "https://calm.example/";

	/** The rule as a regular expression: what the scanner must find, and only that. */
	static final Pattern RULE = Pattern.compile("(\\s(?:href|src)\\s*=\\s*)([\"'])/(?![/\\\\])",
			Pattern.CASE_INSENSITIVE);

	static String byTheRule(String html) {
		return RULE.matcher(html)
			.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + "https://calm.example/"));
	}

	@Test
	void siteRelativeLinksAndImagesBecomeAbsolute() {
		String html = "<p><a href=\"/articles/breathing\">Breathing</a> <img src='/media/calm.webp' alt=\"\"></p>";

		assertThat(AbsoluteUrls.in(html, BASE)).isEqualTo(
				"<p><a href=\"https://calm.example/articles/breathing\">Breathing</a> <img src='https://calm.example/media/calm.webp' alt=\"\"></p>");
	}

	@Test
	void attributeNamesInAnyCaseAndSpaceAroundTheEqualsSign() {
		assertThat(AbsoluteUrls.in("<a HREF = \"/a\">a</a><img\nSrc=\t'/b'>", "https://calm.example"))
			.isEqualTo("<a HREF = \"https://calm.example/a\">a</a><img\nSrc=\t'https://calm.example/b'>");
	}

	@Test
	void leavesAbsoluteProtocolRelativeFragmentAndOtherAttributesAlone() {
		List<String> untouched = List.of("<a href=\"https://other.example/x\">", "<a href=\"//cdn.example/x\">",
				"<a href=\"/\\evil.example\">", "<a href=\"#references\">", "<img data-src=\"/x\">", "<a title=\"/x\">",
				"<p>src=\"/x\" at the start of a line is text</p>", "<a href=/x>", "<img ſrc=\"/x\">", "href=\"/x\"");
		untouched.forEach(html -> assertThat(AbsoluteUrls.in(html, BASE)).as(html).isEqualTo(html));
	}

	@Test
	void aSlashAtTheVeryEndIsStillALink() {
		assertThat(AbsoluteUrls.in(" href=\"/", BASE)).isEqualTo(" href=\"https://calm.example/");
	}

	@Test
	void findsExactlyWhatTheRuleFindsInAnyMixOfItsParts() {
		String[] parts = { " ", "\t", "\n", "\u000B", "href", "HREF", "hReF", "src", "SRC", "data-src", "xhref", "ſrc",
				"=", "==", "\"", "'", "/", "//", "\\", "#", "a", "<a", "<img", ">", "https:", "é", " href=\"/",
				" src='/", "=\"/", "='/", "\"/", " = " };
		Random random = new Random(20261202);
		int changed = 0;
		for (int sample = 0; sample < 20_000; sample++) {
			StringBuilder html = new StringBuilder();
			int length = random.nextInt(40);
			for (int i = 0; i < length; i++) {
				html.append(parts[random.nextInt(parts.length)]);
			}
			String input = html.toString();
			String expected = byTheRule(input);
			assertThat(AbsoluteUrls.in(input, BASE)).as("%s", input).isEqualTo(expected);
			changed += expected.equals(input) ? 0 : 1;
		}
		assertThat(changed).as("samples with a link to rewrite").isGreaterThan(200);
	}

}
