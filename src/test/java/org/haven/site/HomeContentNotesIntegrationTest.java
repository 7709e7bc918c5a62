package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.haven.article.ArticleDraft;
import org.haven.article.ArticleEditing;
import org.haven.article.EditableArticle;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.MutableClock;
import org.haven.support.HtmlChecker;
import org.haven.support.Http;
import org.haven.theme.ThemeProperties;
import org.haven.theme.ThemeRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The home page's lead and featured slots never show an article with a content note, even
 * the newest featured one; it is still listed with the latest articles, with its badge.
 */
@EditorIntegrationTest
class HomeContentNotesIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditing editing;

	@Autowired
	ThemeRegistry themes;

	@Autowired
	MutableClock clock;

	@AfterEach
	void restoreTheDefaultTheme() {
		clock.set(EditorIntegrationTest.NOW);
		themes.activate(ThemeProperties.DEFAULT_THEME);
	}

	@Test
	void aFeaturedArticleWithANoteIsNeitherFeaturedNorTheLeadStory() {
		String slug = Drafts.uniqueSlug("featured-noted");
		ArticleDraft d = Drafts.publishable(slug);
		ArticleDraft noted = new ArticleDraft(d.title(), d.slug(), d.summary(), d.category(), d.tags(), d.author(),
				d.reviewer(), d.lastReviewed(), d.contentWarning(), List.of("eating-disorders"), true, d.faq(),
				d.cover(), d.coverAlt(), d.body());
		// the newest article on the site, whatever other tests sharing this context
		// published at NOW
		clock.advance(Duration.ofHours(1));
		EditableArticle created = editing.create(noted, "editor@haven.test");
		editing.publish(created.id(), created.version(), created.draft(), null, "editor@haven.test");

		String calm = Http.get(port, "/").body();
		assertThat(HtmlChecker.errors(calm)).isEmpty();
		assertThat(section(calm, "class=\"featured wrap\"")).contains("class=\"card\"").doesNotContain(slug);
		assertThat(section(calm, "class=\"latest wrap\"")).contains("/articles/" + slug,
				"Content note: Eating disorders");

		themes.activate("magazine");
		String magazine = Http.get(port, "/").body();
		assertThat(HtmlChecker.errors(magazine)).isEmpty();
		assertThat(section(magazine, "class=\"mag-top\"")).contains("class=\"mag-lead\"").doesNotContain(slug);
		assertThat(magazine).contains("/articles/" + slug);
	}

	/** The markup from the element with {@code marker} to the end of its section. */
	private static String section(String html, String marker) {
		int start = html.indexOf(marker);
		assertThat(start).as(marker).isPositive();
		return html.substring(start, html.indexOf("</section>", start));
	}

}
