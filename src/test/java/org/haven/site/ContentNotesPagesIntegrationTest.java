package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.haven.support.HtmlChecker;
import org.haven.support.Http;
import org.haven.support.SiteIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How readers meet a content note in the sample content ({@code when-thoughts-turn-dark}
 * has {@code [suicide]}): calmly before the body with a way past it, and as a text badge
 * on every card that lists the article.
 */
@SiteIntegrationTest
class ContentNotesPagesIntegrationTest {

	static final String BADGE = "Content note: Suicide";

	@LocalServerPort
	int port;

	@Test
	void theNoteComesBeforeTheBodyWithALinkPastTheArticleToRelatedReading() {
		String html = Http.get(port, "/articles/when-thoughts-turn-dark").body();

		assertThat(HtmlChecker.errors(html)).isEmpty();
		int note = html.indexOf("class=\"content-note\"");
		int label = html.indexOf(">Suicide</span>");
		int description = html.indexOf("Mentions suicide or thoughts of ending one&#39;s life.");
		int wording = html.indexOf("This article discusses suicidal thoughts.");
		int skip = html.indexOf("href=\"#related-reading\">Skip to related");
		int body = html.indexOf("class=\"prose\"");
		int related = html.indexOf("id=\"related-reading\"");
		assertThat(note).isPositive();
		assertThat(List.of(label, description, wording, skip))
			.allSatisfy(at -> assertThat(at).isGreaterThan(note).isLessThan(body));
		assertThat(related).isGreaterThan(body);
	}

	@Test
	void anArticleWithoutANoteHasNoNoteAndNoBadge() {
		String html = Http.get(port, "/articles/first-therapy-session").body();

		assertThat(html).doesNotContain("class=\"content-note\"", "Content note:");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/categories/depression", "/tags/crisis-support", "/authors/maya-okafor",
			"/search?q=suicide", "/archive/2026/01" })
	void cardsListingTheArticleCarryATextBadge(String path) {
		String html = Http.get(port, path).body();

		assertThat(HtmlChecker.errors(html)).as(path).isEmpty();
		assertThat(html).as(path).contains("class=\"badge content-note-badge\">" + BADGE + "</span>");
	}

}
