package org.haven.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HugoShortcodesUnitTest {

	@Test
	void aFigureWithACaptionBecomesAFigureWithItsCaptionAroundTheMarkdownImage() {
		String markdown = HugoShortcodes
			.expand("post.md",
					"Before.\n\n{{< figure src=\"/media/sea.jpg\" alt=\"The sea\" caption=\"Tide & <dawn>\" >}}\n", 1)
			.markdown();

		assertThat(markdown).contains(
				"<figure>\n\n![The sea](/media/sea.jpg)\n\n<figcaption>Tide &amp; &lt;dawn&gt;</figcaption>\n</figure>");
	}

	@Test
	void aFigureWithoutACaptionIsTheImageAlone() {
		String markdown = HugoShortcodes.expand("post.md", "{{< figure src=\"sea.jpg\" alt=\"The sea\" >}}", 1)
			.markdown();

		assertThat(markdown).isEqualTo("\n![The sea](sea.jpg)\n").doesNotContain("<figure>");
	}

	@Test
	void aCaptionsMarkdownIsRenderedAsHugoDoesAndIsTheAltsPlainTextWhenThereIsNoAlt() {
		String markdown = HugoShortcodes
			.expand("post.md", "{{< figure src=\"sea.jpg\" caption=\"The *sea* by [Ana](https://example.org/ana)\" >}}",
					1)
			.markdown();

		assertThat(markdown).contains("![The sea by Ana](sea.jpg)",
				"<figcaption>The <em>sea</em> by <a rel=\"nofollow\" href=\"https://example.org/ana\">Ana</a></figcaption>");
	}

	@Test
	void theTitleIsTheCaptionWhenThereIsNoOther() {
		assertThat(HugoShortcodes.expand("post.md", "{{< figure src=\"sea.jpg\" title=\"Low tide\" >}}", 1).markdown())
			.contains("<figcaption>Low tide</figcaption>");
	}

}
