package org.haven.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What the export takes out of a page and reads from it.
 */
class PageTextUnitTest {

	@Test
	void searchFormsAndFormsThatPostGoWithWhatTheyHoldAndTheTextAroundThemStays() {
		String html = """
				<header><form class="search" role="search" action="/search"><input name="q"></form></header>
				<main><form method="post" action="/subscribe"><button>Subscribe</button></form>
				<p>role="search" and method="post" in prose stay</p><form method="POST" action="/x"></form>
				<form action="/archive" method="get"><select name="m"></select></form><formula>x</formula></main>
				<footer><form role="search" action="/search">
				<label>Find <input name="q"></label></form>end</footer>""";

		assertThat(PageText.forStaticHost(html)).isEqualTo("""
				<header></header>
				<main>
				<p>role="search" and method="post" in prose stay</p>
				<form action="/archive" method="get"><select name="m"></select></form><formula>x</formula></main>
				<footer>end</footer>""");
	}

	@Test
	void anElementTheThemeMarkedAsNeedingTheServerGoesWithItsHeadingAndEverythingInside() {
		String html = """
				<section class="subscribe" data-needs-server><h2>By e-mail</h2><section><p>inner</p></section>
				<form method="post" action="/subscribe"></form></section><section><p>stays</p></section>
				<p>the words data-needs-server in text stay</p>""";

		assertThat(PageText.forStaticHost(html)).isEqualTo("""
				<section><p>stays</p></section>
				<p>the words data-needs-server in text stay</p>""");
	}

	@Test
	void aPageWithNothingToTakeOutIsReturnedAsItWas() {
		String html = "<main><form action=\"/archive\"></form><p>no search</p></main>";

		assertThat(PageText.forStaticHost(html)).isSameAs(html);
		assertThat(PageText.forStaticHost("<p>no forms</p>")).isEqualTo("<p>no forms</p>");
	}

	@Test
	void mentionedArticlesAreTheSlugsAfterArticlesInOrderOfFirstMentionOnce() {
		String text = "<a href=\"/articles/sleep-and-mood\">a</a> <a href=\"https://x.org/articles/grief-2#refs\">b</a>"
				+ " <link>/articles/sleep-and-mood</link> /articles/ /articles/-bad /articles/UPPER";

		assertThat(PageText.mentionedSlugs(text)).containsExactly("sleep-and-mood", "grief-2");
	}

}
