package org.haven.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A caption's one line of Markdown as HTML that may go into a page as it is. */
class InlineMarkdownUnitTest {

	@Test
	void aPhotoCreditKeepsItsLinkAndEmphasisWithoutAParagraph() {
		assertThat(InlineMarkdown.html("Photo by [Ana Ruiz](https://example.org/ana) on *Unsplash*")).isEqualTo(
				"Photo by <a rel=\"nofollow\" href=\"https://example.org/ana\">Ana Ruiz</a> on <em>Unsplash</em>");
	}

	@Test
	void rawHtmlIsShownAsTextAndScriptLinksLoseTheirTarget() {
		assertThat(InlineMarkdown.html("<img src=x onerror=alert(1)> and <b>bold</b>"))
			.isEqualTo("&lt;img src=x onerror=alert(1)&gt; and &lt;b&gt;bold&lt;/b&gt;");
		assertThat(InlineMarkdown.html("[click](javascript:alert(1))"))
			.isEqualTo("<a rel=\"nofollow\" href=\"\">click</a>");
	}

	@Test
	void aLineMarkdownWouldReadAsABlockStaysItsOwnText() {
		assertThat(InlineMarkdown.html("# 1 <of> 3")).isEqualTo("# 1 &lt;of&gt; 3");
		assertThat(InlineMarkdown.html("- Photo: archive")).isEqualTo("- Photo: archive");
		assertThat(InlineMarkdown.html("Two\nlines")).isEqualTo("Two lines");
	}

}
