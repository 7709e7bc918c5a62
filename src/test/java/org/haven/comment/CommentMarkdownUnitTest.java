package org.haven.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentMarkdownUnitTest {

	@Test
	void keepsParagraphsEmphasisListsQuotesAndLinksWithNofollowUgc() {
		String html = CommentMarkdown.toHtml("""
				Thank *you*, **really**.

				> a quote

				- one
				- two

				[a source](https://example.org/study)
				""");
		assertThat(html).contains("<p>Thank <em>you</em>, <strong>really</strong>.</p>")
			.contains("<blockquote>")
			.contains("<ul>")
			.contains("<li>one</li>")
			.contains("href=\"https://example.org/study\"")
			.contains("rel=\"nofollow ugc\"");
	}

	@Test
	void dropsHeadingsCodeImagesAndRawHtml() {
		String html = CommentMarkdown.toHtml("""
				# Big heading

				![img](https://example.org/x.png)

				<b onclick="x()">bold</b>

				    indented code
				""");
		assertThat(html).doesNotContain("<h1").doesNotContain("<img").doesNotContain("<pre").doesNotContain("<b ");
		assertThat(html).contains("# Big heading").contains("&lt;b onclick");
	}

	@Test
	void plainTextOfACommentForStructuredData() {
		assertThat(CommentMarkdown.plain(CommentMarkdown.toHtml("Fish & *chips* <3"))).isEqualTo("Fish & chips <3");
	}

}
