package org.haven.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Classic posts get the paragraphs WordPress gave them. The expected HTML is what
 * WordPress 6.1's own {@code wpautop} printed for each input; both are compared as parsed
 * documents, so only the white space between tags may differ.
 */
class WordPressAutopUnitTest {

	static Stream<Arguments> wordPressOutput() {
		return Stream.of(arguments("One\n\nTwo", "<p>One</p>\n<p>Two</p>\n"),
				arguments("Line one\nline two\n\nNext", "<p>Line one<br />\nline two</p>\n<p>Next</p>\n"),
				arguments("Intro\n<h2>Head</h2>\nAfter head\n<ul>\n\t<li>a</li>\n\t<li>b</li>\n</ul>\nTail",
						"<p>Intro</p>\n<h2>Head</h2>\n<p>After head</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<p>Tail</p>\n"),
				arguments("<blockquote>Quoted</blockquote>\nAfter",
						"<blockquote><p>Quoted</p></blockquote>\n<p>After</p>\n"),
				arguments("Text <a\nhref=\"x\">link</a> more", "<p>Text <a\nhref=\"x\">link</a> more</p>\n"),
				arguments("<pre>code\n\nmore code</pre>\n\nafter", "<pre>code\n\nmore code</pre>\n<p>after</p>\n"),
				arguments("A<br><br>B", "<p>A</p>\n<p>B</p>\n"),
				arguments("<hr>\nText after a rule", "<hr>\n<p>Text after a rule</p>\n"),
				arguments("<div>Inside a div\n\nsecond</div>", "<div>Inside a div</p>\n<p>second</p></div>\n"));
	}

	@ParameterizedTest
	@MethodSource("wordPressOutput")
	void paragraphsAndLineBreaksAreTheOnesWordPressShowed(String stored, String shown) {
		assertThat(document(WordPressAutop.apply(stored))).isEqualTo(document(shown));
	}

	private static String document(String html) {
		return Jsoup.parseBodyFragment(html).body().html().replaceAll(">\\s+<", "><").replaceAll("\\s+", " ").strip();
	}

}
