package org.haven.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The crawl follows every same-site address a page links to, and nothing else.
 */
class SiteLinksUnitTest {

	final SiteLinks links = new SiteLinks("http://127.0.0.1:9000/");

	@Test
	void hrefsAndSourcesAfterWhiteSpaceAreFollowedWhateverTheQuotingAroundThem() {
		String html = """
				<a href="/articles/one">One</a><img
				src="/media/a.webp" alt=""><a	href="http://127.0.0.1:9000/tags/sleep?page=2&amp;x=1">t</a>
				<link rel="stylesheet" href="/themes/calm/site.css">
				""";

		assertThat(links.in("/articles/start", "text/html", html)).containsExactlyInAnyOrder("/articles/one",
				"/media/a.webp", "/tags/sleep?page=2&x=1", "/themes/calm/site.css");
	}

	@Test
	void attributeValuesAreReadAsTheBrowserReadsThemWithEveryCharacterReferenceDecoded() {
		String html = """
				<a href="/articles/x?ref&#61;feed&amp;n=1">x</a> <img src="/media/&lt;cover&gt;&#32;1.jpg" alt="">
				""";

		assertThat(links.in("/", "text/html", html)).containsExactly("/articles/x?ref=feed&n=1",
				"/media/<cover> 1.jpg");
	}

	@Test
	void otherSitesFragmentsSchemesAndLookAlikeAttributesAreNotFollowed() {
		String html = """
				<a href="https://example.org/x">x</a> <a href="#top">top</a> <a href="mailto:a@b.c">m</a>
				<div data-href="/not/a/link" data-src="/neither"></div> <a href="//cdn.example/x">c</a>
				<a href="/articles/two#references">two</a>
				""";

		assertThat(links.in("/", "text/html", html)).containsExactly("/articles/two");
	}

	@Test
	void relativeAddressesSrcsetCandidatesCssUrlsAndSitemapLocationsAreFollowed() {
		String html = "<img srcset=\"/media/a-480.webp 480w, /media/a-960.webp 960w\" src=\"b.png\">"
				+ "<style>body{background:url('/media/bg.png')}</style>";

		assertThat(links.in("/articles/one/index.html", "text/html", html)).containsExactlyInAnyOrder(
				"/articles/one/b.png", "/media/a-480.webp", "/media/a-960.webp", "/media/bg.png");
		assertThat(links.in("/sitemap.xml", "application/xml",
				"<urlset><url><loc> http://127.0.0.1:9000/articles/x </loc></url></urlset>"))
			.containsExactly("/articles/x");
	}

	@Test
	void paginationIsRewrittenToStaticAddressesAndPagesWithoutItAreReturnedAsTheyWere() {
		String html = "<a href=\"/tags/sleep?page=2\">2</a> <a href=\"/?page=1\">1</a>";

		assertThat(ExportPaths.rewritePagination(html))
			.isEqualTo("<a href=\"/tags/sleep/page/2/\">2</a> <a href=\"/\">1</a>");
		String article = "<a href=\"/articles/one\">one</a>";
		assertThat(ExportPaths.rewritePagination(article)).isSameAs(article);
	}

	@Test
	void paginationLinksKeepEverythingAroundThemAndLookAlikesAreLeftAlone() {
		String html = "<a class=\"next\" href=\"/?page=3\" rel=\"next\">3</a><a href=\"/archive/2026/05/?page=1\">1</a>"
				+ "<a href=\"/tags/grief?page=12\">12</a><p>?page=4 in text</p><a href=\"/search?q=x&amp;page=2\">s</a>"
				+ "<a data-x=\"/?page=5\" href=\"/categories/anxiety/?page=2\">2</a><a href=\"/tags/x?page=\">?</a>";

		assertThat(ExportPaths.rewritePagination(html))
			.isEqualTo("<a class=\"next\" href=\"/page/3/\" rel=\"next\">3</a><a href=\"/archive/2026/05\">1</a>"
					+ "<a href=\"/tags/grief/page/12/\">12</a><p>?page=4 in text</p><a href=\"/search?q=x&amp;page=2\">s</a>"
					+ "<a data-x=\"/?page=5\" href=\"/categories/anxiety/page/2/\">2</a><a href=\"/tags/x?page=\">?</a>");
	}

}
