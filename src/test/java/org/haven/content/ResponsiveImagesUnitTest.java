package org.haven.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.haven.content.ResponsiveImage.Candidate;
import org.junit.jupiter.api.Test;

class ResponsiveImagesUnitTest {

	private static final ResponsiveImage LAKE = new ResponsiveImage(1800, 1200,
			List.of(new Candidate("/media/480w/lake.jpg", 480), new Candidate("/media/960w/lake.jpg", 960),
					new Candidate("/media/lake.jpg", 1800)));

	private static final ResponsiveImage ICON = new ResponsiveImage(64, 64,
			List.of(new Candidate("/media/icon.png", 64)));

	private final MarkdownRenderer renderer = new MarkdownRenderer(
			src -> Optional.ofNullable(Map.of("/media/lake.jpg", LAKE, "/media/icon.png", ICON).get(src)));

	@Test
	void aKnownImageGetsItsSizeAndAChoiceOfCopies() {
		String html = renderer.render("![A calm lake at dawn](/media/lake.jpg)\n").html();
		assertThat(html).contains("src=\"/media/lake.jpg\"", "alt=\"A calm lake at dawn\"", "width=\"1800\"",
				"height=\"1200\"",
				"srcset=\"/media/480w/lake.jpg 480w, /media/960w/lake.jpg 960w, /media/lake.jpg 1800w\"",
				"sizes=\"" + MarkdownRenderer.IMAGE_SIZES + "\"", "loading=\"lazy\"", "decoding=\"async\"");
	}

	@Test
	void aSmallImageGetsItsSizeButNoSrcset() {
		String html = renderer.render("![Logo](/media/icon.png)\n").html();
		assertThat(html).contains("width=\"64\"", "height=\"64\"", "loading=\"lazy\"")
			.doesNotContain("srcset", "sizes");
	}

	@Test
	void anUnknownImageRendersPlainButStillLoadsLazily() {
		String html = renderer.render("![Elsewhere](https://example.org/a.jpg)\n").html();
		assertThat(html).contains("src=\"https://example.org/a.jpg\"", "loading=\"lazy\"")
			.doesNotContain("width=", "srcset");
	}

	@Test
	void theResponsiveAttributesSurviveTheSanitiserWhenTheBodyHasRawHtml() {
		String html = renderer.render("<kbd>Ctrl</kbd>\n\n![A calm lake at dawn](/media/lake.jpg)\n").html();
		assertThat(html.replace(" , ", ", ")).contains("<kbd>",
				"srcset=\"/media/480w/lake.jpg 480w, /media/960w/lake.jpg 960w, /media/lake.jpg 1800w\"", "sizes=",
				"width=\"1800\"", "loading=\"lazy\"");
	}

	@Test
	void rawHtmlCannotUseSrcsetToLoadAnotherSitesImage() {
		String html = renderer.render("""
				<img alt="x" src="/media/a.jpg" srcset="//tracker.example/p.gif 1w">
				<img alt="y" src="/media/b.jpg" srcset="https://tracker.example/p.gif 1w">
				""").html();
		assertThat(html).contains("src=\"/media/a.jpg\"", "src=\"/media/b.jpg\"").doesNotContain("tracker");
	}

}
