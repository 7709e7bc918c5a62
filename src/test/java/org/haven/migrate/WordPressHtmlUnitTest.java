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

	/** Post 40 has two photos, a recording and a film uploaded to it; 50 has nothing. */
	final WordPressHtml withUploads = new WordPressHtml(SITE + "/",
			Map.of(SITE + "/wp-content/uploads/2020/01/waves.mp3", "/media/wordpress/2020/01/waves.mp3",
					SITE + "/wp-content/uploads/2020/01/breathing%20along.mp4",
					"/media/wordpress/2020/01/breathing%20along.mp4"),
			Map.of(41L, "/media/wordpress/a.jpg", 42L, "/media/wordpress/b.png", 43L,
					"/media/wordpress/2020/01/waves.mp3", 44L, "/media/wordpress/film.mp4"),
			Map.of(42L, "Bench by the sea"), Map.of(), Map.of(40L, List.of(42L, 43L, 41L, 44L)));

	@Test
	void aGalleryWithoutIdsShowsThePostsOwnImagesInWordPresssOrder() {
		String all = withUploads.convert("<p>Before.</p>\n[gallery columns=\"2\"]", 40, notes::add);
		String less = withUploads.convert("[gallery exclude=\"42\"]", 40, notes::add);

		assertThat(all).contains("![Bench by the sea](/media/wordpress/b.png)")
			.contains("![](/media/wordpress/a.jpg)")
			.doesNotContain("waves", "film", "[gallery");
		assertThat(all.indexOf("b.png")).isLessThan(all.indexOf("a.jpg"));
		assertThat(less).contains("a.jpg").doesNotContain("b.png");
		assertThat(notes).isEmpty();

		withUploads.convert("[gallery]", 50, notes::add);
		assertThat(notes).anySatisfy(note -> assertThat(note).startsWith("a [gallery] whose images are not"));
	}

	@Test
	void audioAndVideoPlayersBecomeLinksToTheirFilesNeverEmbeds() {
		String shortcodes = withUploads.convert("Listen:\n\n[audio mp3=\"" + SITE
				+ "/wp-content/uploads/2020/01/waves.mp3\"][/audio]\n\n[video width=\"640\" src=\"" + SITE
				+ "/wp-content/uploads/2020/01/breathing%20along.mp4\"]", 40, notes::add);
		String blocks = withUploads.convert("<!-- wp:audio --><figure class=\"wp-block-audio\"><audio controls src=\""
				+ SITE + "/wp-content/uploads/2020/01/waves.mp3\"></audio><figcaption>Waves at night</figcaption>"
				+ "</figure><!-- /wp:audio --><!-- wp:video --><figure class=\"wp-block-video\"><video controls>"
				+ "<source src=\"" + SITE + "/wp-content/uploads/2020/01/breathing%20along.mp4\"></video></figure>"
				+ "<!-- /wp:video -->", 40, notes::add);
		String playlist = withUploads.convert("[playlist]\n\n[playlist type=\"video\"]", 40, notes::add);

		assertThat(shortcodes).contains("[Audio: waves.mp3](/media/wordpress/2020/01/waves.mp3)")
			.contains("[Video: breathing along.mp4](/media/wordpress/2020/01/breathing%20along.mp4)")
			.doesNotContain("[audio", "[/audio]", "[video");
		assertThat(blocks)
			.contains("[Audio: waves.mp3](/media/wordpress/2020/01/waves.mp3)", "*Waves at night*",
					"[Video: breathing along.mp4](/media/wordpress/2020/01/breathing%20along.mp4)")
			.doesNotContain("<audio", "<video", "<source");
		assertThat(playlist).contains("* [Audio: waves.mp3](/media/wordpress/2020/01/waves.mp3)",
				"* [Video: film.mp4](/media/wordpress/film.mp4)");
		assertThat(notes).isEmpty();
	}

	@Test
	void anImageWhoseFileIsNamedLikeAnEmojiStaysAnImage() {
		String markdown = html.convert("<p><img src=\"/media/wordpress/heart.png\" alt=\"A paper heart\"></p>"
				+ "<p><img src=\"/media/wordpress/sunny\" alt=\"\"></p>", notes::add);

		assertThat(markdown).contains("![A paper heart](/media/wordpress/heart.png)", "![](/media/wordpress/sunny)")
			.doesNotContain(":heart:", ":sunny:");
	}

}
