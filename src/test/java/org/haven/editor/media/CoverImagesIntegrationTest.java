package org.haven.editor.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.haven.article.ArticleDraft;
import org.haven.article.ArticleEditing;
import org.haven.article.ContentImport;
import org.haven.article.EditorialQueries;
import org.haven.article.EditableArticle;
import org.haven.content.ContentProperties;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.HtmlChecker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An article's cover image, shown by both themes on the article page as a responsive
 * image; and the latest posts beside it, which respect content notes.
 */
@EditorIntegrationTest
class CoverImagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MediaLibrary media;

	@Autowired
	ArticleEditing editing;

	@Autowired
	ContentImport contentImport;

	@Autowired
	EditorialQueries queries;

	@Autowired
	ContentProperties content;

	@Test
	void theCoverIsAResponsiveImageWithItsSizeAndAltText() throws Exception {
		String name = media.store("Harbour at dawn.jpg", TestImages.image("jpg", 1600, 900)).name();
		String slug = publish(Drafts.publishable(Drafts.uniqueSlug("cover")), "/media/" + name,
				"Boats resting in a calm harbour at dawn", List.of());

		String page = mvc.perform(get("/articles/" + slug)).andReturn().getResponse().getContentAsString();

		String figure = page.substring(page.indexOf("<figure class=\"article-cover\">"),
				page.indexOf("</figure>", page.indexOf("<figure class=\"article-cover\">")));
		assertThat(figure).contains("src=\"/media/" + name + "\"", "alt=\"Boats resting in a calm harbour at dawn\"",
				"width=\"1600\"", "height=\"900\"", "srcset=\"/media/480w/" + name + " 480w, /media/960w/" + name
						+ " 960w, /media/1440w/" + name + " 1440w, /media/" + name + " 1600w\"",
				"sizes=\"");
		assertThat(HtmlChecker.errors(page)).isEmpty();
	}

	@Test
	void aCoverNobodyDescribedIsDecorativeWithAnEmptyAltNotNone() throws Exception {
		// the editor asks for alt text, but imports bring covers without it (WordPress's
		// featured images, Hugo's images): one is made here the way an import stores it
		String name = media.store("Undescribed.jpg", TestImages.image("jpg", 800, 450)).name();
		String slug = publish(Drafts.publishable(Drafts.uniqueSlug("bare-cover")), "/media/" + name, "Said once",
				List.of());
		assertThat(jdbc.update("update article set cover_alt = null where slug = ?", slug)).isOne();

		String page = mvc.perform(get("/articles/" + slug)).andReturn().getResponse().getContentAsString();

		String figure = page.substring(page.indexOf("<figure class=\"article-cover\">"),
				page.indexOf("</figure>", page.indexOf("<figure class=\"article-cover\">")));
		assertThat(figure).contains("alt=\"\"", "src=\"/media/" + name + "\"");
		assertThat(HtmlChecker.errors(page)).isEmpty();
	}

	@Test
	void aHugoThemesCoverCaptionIsShownUnderTheCoverAndSurvivesASave() throws Exception {
		String name = media.store("Dunes.jpg", TestImages.image("jpg", 800, 450)).name();
		String slug = Drafts.uniqueSlug("captioned");
		Path file = content.dir().resolve("articles/" + slug + ".md");
		Files.writeString(file, """
				---
				title: "Sand and patience"
				date: 2021-04-01T09:00:00Z
				categories: [anxiety]
				summary: "Patience, practised a grain at a time."
				cover:
				    image: "/media/%s"
				    alt: "Dunes under a pale sky"
				    caption: "Photo: R. Ishikawa <CC BY 4.0>"
				    relative: false
				---

				Waiting can be practised.
				""".formatted(name));
		contentImport.importAll();

		assertThat(caption(slug)).isEqualTo("<figcaption>Photo: R. Ishikawa &lt;CC BY 4.0&gt;</figcaption>");

		EditableArticle imported = queries
			.editable(jdbc.queryForObject("select id from article where slug = ?", Long.class, slug));
		editing.save(imported.id(), imported.version(), imported.draft(), "editor@haven.test");

		assertThat(Files.readString(file)).contains("cover: /media/" + name,
				"cover_caption: 'Photo: R. Ishikawa <CC BY 4.0>'");
		assertThat(caption(slug)).isEqualTo("<figcaption>Photo: R. Ishikawa &lt;CC BY 4.0&gt;</figcaption>");
	}

	private String caption(String slug) throws Exception {
		String page = mvc.perform(get("/articles/" + slug)).andReturn().getResponse().getContentAsString();
		assertThat(HtmlChecker.errors(page)).isEmpty();
		int figure = page.indexOf("<figure class=\"article-cover\">");
		assertThat(figure).as("a cover on %s", slug).isNotNegative();
		String cover = page.substring(figure, page.indexOf("</figure>", figure));
		return cover.substring(cover.indexOf("<figcaption")).strip();
	}

	@Test
	void theLatestPostsNeverPutAnArticleWithContentNotesUnderOneWithout() throws Exception {
		// other tests publish at the same fixed instant, and ties are listed by slug:
		// these
		// two come first
		String noted = publish(Drafts.publishable(Drafts.uniqueSlug("0-noted")), null, null, List.of("trauma"));
		String plain = publish(Drafts.publishable(Drafts.uniqueSlug("0-plain")), null, null, List.of());

		String underPlain = latest(plain);
		String underNoted = latest(noted);

		assertThat(underPlain).doesNotContain("/articles/" + noted).doesNotContain("/articles/" + plain);
		assertThat(underNoted).contains("/articles/" + plain).doesNotContain("/articles/" + noted + "\"");
	}

	private String latest(String slug) throws Exception {
		String page = mvc.perform(get("/articles/" + slug)).andReturn().getResponse().getContentAsString();
		int start = page.indexOf("<section class=\"latest-posts wrap\"");
		assertThat(start).as("a latest posts block on %s", slug).isNotNegative();
		return page.substring(start, page.indexOf("</section>", start));
	}

	private String publish(ArticleDraft d, String cover, String alt, List<String> notes) {
		ArticleDraft draft = new ArticleDraft(d.title(), d.slug(), d.summary(), d.category(), d.tags(), d.author(),
				d.reviewer(), d.lastReviewed(), d.contentWarning(), notes, d.featured(), d.faq(), cover, alt, d.body());
		EditableArticle created = editing.create(draft, "editor@haven.test");
		editing.publish(created.id(), created.version(), created.draft(), null, "editor@haven.test");
		return d.slug();
	}

}
