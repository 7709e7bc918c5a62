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
	void theTitleIsTheCaptionWhenThereIsNoOther() {
		assertThat(HugoShortcodes.expand("post.md", "{{< figure src=\"sea.jpg\" title=\"Low tide\" >}}", 1).markdown())
			.contains("<figcaption>Low tide</figcaption>");
	}

}
