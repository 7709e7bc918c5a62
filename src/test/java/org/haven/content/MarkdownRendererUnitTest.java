package org.haven.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererUnitTest {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void rendersThePlainTextOfTheBodyForSearch() {
		RenderedContent rendered = renderer.render("""
				# Coping

				Some advice is *un*helpful and <em>un</em>kind; read [the guide](https://example.org/g "Guide").

				![A calm lake](/media/lake.jpg)

				<div class="note"><p>Breathe &amp; rest.</p></div>

				| Step | What |
				|------|------|
				| 1    | ~~Rush~~ Pause |
				""");

		assertThat(rendered.text())
			.contains("Coping", "unhelpful and unkind; read the guide.", "A calm lake", "Breathe &amp; rest.", "Pause")
			.doesNotContain("*", "<", "example.org", "Guide", "/media/", "](");
	}

	@Test
	void rendersGfmTablesStrikethroughAutolinksAndTaskLists() {
		String html = renderer.render("""
				| Habit | Effect |
				|---|:---:|
				| Walk | Lifts mood |

				~~Myth~~ fact, see https://example.org

				- [x] Done
				- [ ] To do
				""").html();
		assertThat(html).contains("<table>", "<th>Habit</th>", "<td align=\"center\">Lifts mood</td>");
		assertThat(html).contains("<del>Myth</del>");
		assertThat(html).contains("<a href=\"https://example.org\">https://example.org</a>");
		assertThat(html).contains("type=\"checkbox\"").contains("checked");
		assertThat(html).contains("aria-label=\"Done\"", "aria-label=\"To do\"");
	}

	@Test
	void rendersFootnotesWithWorkingBackReferences() {
		String html = renderer.render("A claim.[^1]\n\n[^1]: The source.\n").html();
		assertThat(html).contains("href=\"#fn-1\"", "id=\"fn-1\"", "href=\"#fnref-1\"", "The source.");
	}

	@Test
	void buildsATableOfContentsWithMatchingHeadingIds() {
		RenderedContent content = renderer.render("""
				## 1. Setting goals
				text
				### Small steps
				text
				## 1. Setting goals
				#### Too deep for the contents
				""");
		assertThat(content.toc()).extracting(TocEntry::id)
			.containsExactly("1-setting-goals", "small-steps", "1-setting-goals-1");
		assertThat(content.toc()).extracting(TocEntry::level).containsExactly(2, 3, 2);
		assertThat(content.html()).contains("<h2 id=\"1-setting-goals\">", "<h3 id=\"small-steps\">",
				"<h2 id=\"1-setting-goals-1\">");
	}

	@Test
	void demotesHeadingsSoTheTitleStaysTheOnlyH1() {
		RenderedContent content = renderer.render("# Big\n\n## Smaller\n");
		assertThat(content.html()).doesNotContain("<h1").contains("<h2 id=\"big\">", "<h3 id=\"smaller\">");
	}

	@Test
	void stripsScriptsEventHandlersAndJavascriptUrls() {
		String html = renderer.render("""
				<script>alert(1)</script>
				<p onclick="steal()">Hello <a href="javascript:alert(1)">link</a></p>
				<img src="x.png" onerror="boom()" alt="x">
				<iframe src="https://tracker.example"></iframe>

				[md link](javascript:alert(2))
				""").html();
		assertThat(html).doesNotContainIgnoringCase("<script")
			.doesNotContainIgnoringCase("onclick")
			.doesNotContainIgnoringCase("onerror")
			.doesNotContainIgnoringCase("javascript:")
			.doesNotContainIgnoringCase("<iframe")
			.contains("Hello", "src=\"x.png\"");
	}

	@Test
	void dropsUnsafeUrlsInPlainMarkdownToo() {
		String html = renderer.render("""
				[click](javascript:alert(1)) and ![pic](data:image/svg+xml;base64,AAAA) and [ok](/articles/x)

				<https://example.org/?a=<b>>
				""").html();
		assertThat(html).doesNotContainIgnoringCase("javascript:")
			.doesNotContain("data:image")
			.contains("href=\"/articles/x\"")
			.doesNotContain("<b>");
	}

	@Test
	void keepsSafeRawHtml() {
		String html = renderer.render("<details><summary>More</summary>Hidden text</details>\n").html();
		assertThat(html).contains("<details>", "<summary>More</summary>");
	}

	@Test
	void estimatesReadingTimeFromWords() {
		String words = "word ".repeat(MarkdownRenderer.WORDS_PER_MINUTE * 3 + 1);
		RenderedContent content = renderer.render(words);
		assertThat(content.wordCount()).isEqualTo(MarkdownRenderer.WORDS_PER_MINUTE * 3 + 1);
		assertThat(content.readingMinutes()).isEqualTo(4);
		assertThat(renderer.render("Short.").readingMinutes()).isEqualTo(1);
	}

	@Test
	void takesTheFirstParagraphAsTheDefaultSummary() {
		RenderedContent content = renderer.render("## Heading\n\nFirst *real* paragraph.\n\nSecond.");
		assertThat(content.firstParagraph()).isEqualTo("First real paragraph.");
	}

	@Test
	void aSummaryReadsLikeTextWithoutAddressesOrPictures() {
		RenderedContent content = renderer
			.render("![A bench by the sea](/media/bench.jpg)\n\nSee [the *NHS* page](https://www.nhs.uk \"NHS\") or"
					+ " <https://example.org>,\nthen `rest`. ![icon](/media/i.png) Done.\n\nSecond.");
		assertThat(content.firstParagraph()).isEqualTo("See the NHS page or https://example.org, then rest. Done.");
	}

	@Test
	void aContentsEntryIsTheHeadingsTextAndItsAnchorStaysAsItWas() {
		RenderedContent content = renderer.render("## Help from [the NHS](https://www.nhs.uk)\n\nText.");
		assertThat(content.toc()).extracting(TocEntry::text).containsExactly("Help from the NHS");
		assertThat(content.toc()).extracting(TocEntry::id).containsExactly("help-from-the-nhs-httpswwwnhsuk");
	}

	@Test
	void shortensLongSummariesAtAWordBoundary() {
		String summary = MarkdownRenderer.shorten("calm ".repeat(100).strip());
		assertThat(summary).hasSizeLessThanOrEqualTo(281).endsWith("calm…");
	}

}
