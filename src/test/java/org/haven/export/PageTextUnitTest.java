package org.haven.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What the export takes out of a page and reads from it.
 */
class PageTextUnitTest {

	@Test
	void searchFormsAreRemovedAndEveryOtherFormAndTheTextAroundThemStay() {
		String html = """
				<header><form class="search" role="search" action="/search"><input name="q"></form></header>
				<main><form method="post" action="/subscribe"><button>Subscribe</button></form>
				<p>role="search" in prose stays</p></main>
				<footer><form role="search" action="/search">
				<label>Find <input name="q"></label></form>end</footer>""";

		assertThat(PageText.withoutSearchForms(html)).isEqualTo("""
				<header></header>
				<main><form method="post" action="/subscribe"><button>Subscribe</button></form>
				<p>role="search" in prose stays</p></main>
				<footer>end</footer>""");
	}

	@Test
	void aPageWithoutSearchFormsIsReturnedAsItWas() {
		String html = "<main><form action=\"/subscribe\"></form><p>no search</p></main>";

		assertThat(PageText.withoutSearchForms(html)).isSameAs(html);
		assertThat(PageText.withoutSearchForms("<p>no forms</p>")).isEqualTo("<p>no forms</p>");
	}

	@Test
	void mentionedArticlesAreTheSlugsAfterArticlesInOrderOfFirstMentionOnce() {
		String text = "<a href=\"/articles/sleep-and-mood\">a</a> <a href=\"https://x.org/articles/grief-2#refs\">b</a>"
				+ " <link>/articles/sleep-and-mood</link> /articles/ /articles/-bad /articles/UPPER";

		assertThat(PageText.mentionedSlugs(text)).containsExactly("sleep-and-mood", "grief-2");
	}

}
