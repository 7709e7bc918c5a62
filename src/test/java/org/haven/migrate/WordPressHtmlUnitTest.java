package org.haven.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Block editor markup as WordPress's own block patterns write it, turned into Markdown
 * that CommonMark reads the same way, with a note for what cannot come along.
 */
class WordPressHtmlUnitTest {

	static final String SITE = "https://calm.example.org";

	final List<String> notes = new ArrayList<>();

	final WordPressHtml html = new WordPressHtml(SITE + "/", Map.of(),
			Map.of(7L, SITE + "/wp-content/uploads/gone.jpg"), Map.of(), Map.of(3L,
					"<!-- wp:paragraph --><p>Call for help.</p><!-- /wp:paragraph --><!-- wp:block {\"ref\":3} /-->"));

	@Test
	void aHeadingKeepsItsTextButNotAnIdMarkdownCannotSay() {
		String markdown = html
			.convert("<!-- wp:heading -->\n<h2 id=\"pigeon\"><em>Pigeon</em></h2>\n<!-- /wp:heading -->", notes::add);

		assertThat(markdown).isEqualTo("## *Pigeon*");
	}

	@Test
	void headingsMoveSoTheHighestIsUnderThePagesTitle() {
		String fromThree = html.convert("<h3>Steps</h3><p>a</p><h4>One</h4><p>b</p><h3>After</h3>", notes::add);
		String fromOne = html.convert("<h1>Big</h1><p>a</p><h2>Smaller</h2>", notes::add);

		assertThat(fromThree).startsWith("## Steps").contains("### One", "## After").doesNotContain("####");
		assertThat(fromOne).startsWith("## Big").contains("### Smaller");
	}

	@Test
	void anImageLeftOnTheOldSiteIsNamedButAMissingUploadIsNotNamedTwice() {
		String markdown = html.convert("<!-- wp:image --><figure class=\"wp-block-image\"><img src=\"" + SITE
				+ "/wp-content/themes/tt/bird.jpg\" alt=\"A bird\"/></figure><!-- /wp:image -->" + "<p><img src=\""
				+ SITE + "/wp-content/uploads/gone-300x200.jpg\" alt=\"\"></p>", notes::add);

		assertThat(markdown).contains("![A bird](" + SITE + "/wp-content/themes/tt/bird.jpg)");
		assertThat(notes).singleElement()
			.satisfies(note -> assertThat(note)
				.startsWith("file " + SITE + "/wp-content/themes/tt/bird.jpg is on the old site"));
	}

	@Test
	void aBodyOfBlocksWordPressFillsInComesOutEmptyAndSaysWhy() {
		String markdown = html.convert("<!-- wp:query {\"queryId\":1} --><div class=\"wp-block-query\">"
				+ "<!-- wp:post-template --><!-- wp:post-title {\"isLink\":true} /--><!-- /wp:post-template -->"
				+ "</div><!-- /wp:query --><!-- wp:navigation /-->", notes::add);

		assertThat(markdown).isEmpty();
		assertThat(notes).singleElement()
			.satisfies(
					note -> assertThat(note).startsWith("its body came out empty").contains("post-title, navigation"));
	}

	@Test
	void aReusableBlockThatUsesItselfIsWrittenInOnceOrTwiceNotForever() {
		String markdown = html.convert("<!-- wp:block {\"ref\":3} /-->", notes::add);

		assertThat(markdown).startsWith("Call for help.");
		assertThat(markdown.split("Call for help.", -1).length - 1).isBetween(1, 5);
	}

}
