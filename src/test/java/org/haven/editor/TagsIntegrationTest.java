package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.haven.article.ArticleDraft;
import org.haven.article.ArticleEditing;
import org.haven.article.EditableArticle;
import org.haven.article.EditorialQueries;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.HtmlChecker;
import org.haven.support.Http;
import org.haven.taxonomy.TaxonomyChanges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriUtils;

/** Renaming and merging tags across articles, as new revisions. */
@EditorIntegrationTest
class TagsIntegrationTest {

	static final RequestPostProcessor EDITOR = user("editor@haven.test").roles("EDITOR", "AUTHOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleEditing editing;

	@Autowired
	TaxonomyChanges changes;

	@Autowired
	EditorialQueries queries;

	@LocalServerPort
	int port;

	@Test
	void renamingATagChangesEveryArticleThatHasItAndMergingDropsDuplicates() throws Exception {
		String unique = Drafts.uniqueSlug("tag");
		EditableArticle one = editing.create(tagged(unique + "-a", "Night worries " + unique, "Sleep"), "e");
		EditableArticle two = editing.create(tagged(unique + "-b", "Night worries " + unique, "Bedtime " + unique),
				"e");

		mvc.perform(post("/admin/tags/rename").with(EDITOR)
			.with(csrf())
			.param("from", "night-worries-" + unique)
			.param("to", "Bedtime " + unique)).andExpect(redirectedUrl("/admin/tags"));

		assertThat(queries.editable(one.id()).draft().tags()).containsExactly("Bedtime " + unique, "Sleep");
		assertThat(queries.editable(two.id()).draft().tags()).containsExactly("Bedtime " + unique);
		assertThat(queries.revisions(one.id())).hasSize(2);
		assertThat(queries.allTags()).noneMatch(t -> t.slug().equals("night-worries-" + unique));
		String page = mvc.perform(get("/admin/tags").with(EDITOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlChecker.errors(page)).isEmpty();
		mvc.perform(get("/tags/night-worries-" + unique))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/tags/bedtime-" + unique));
	}

	@Test
	void oldTagAddressesAndFeedsRedirectToTheNewestNameAfterAChainOfRenames() throws Exception {
		String unique = Drafts.uniqueSlug("chain");
		EditableArticle article = editing.create(tagged(unique + "-a", "Dawn " + unique), "e");
		editing.publish(article.id(), article.version(), article.draft(), null, "e");

		changes.renameTag("dawn-" + unique, "Morning " + unique, "e");
		changes.renameTag("morning-" + unique, "Daybreak " + unique, "e");

		String now = "/tags/daybreak-" + unique;
		for (String old : List.of("/tags/dawn-" + unique, "/tags/morning-" + unique)) {
			mvc.perform(get(old)).andExpect(status().isMovedPermanently()).andExpect(redirectedUrl(now));
			for (String feed : List.of("/feed.xml", "/atom.xml")) {
				mvc.perform(get(old + feed))
					.andExpect(status().isMovedPermanently())
					.andExpect(redirectedUrl(now + feed));
			}
		}
		mvc.perform(get(now + "/feed.xml")).andExpect(status().isOk());
	}

	@Test
	void aTagInAnotherScriptKeepsItsOwnSlugAndItsPageAndFeedsAnswer() throws Exception {
		String unique = Drafts.uniqueSlug("cyrillic");
		EditableArticle article = editing.create(tagged(unique, "Тревога", "Сон и отдых"), "e");
		editing.publish(article.id(), article.version(), article.draft(), null, "e");

		assertThat(queries.allTags()).anyMatch(t -> t.slug().equals("тревога"))
			.anyMatch(t -> t.slug().equals("сон-и-отдых"));
		String tag = "/tags/" + UriUtils.encodePathSegment("тревога", StandardCharsets.UTF_8);
		HttpResponse<String> page = Http.get(port, tag);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Tagged: Тревога").contains("/articles/" + unique);
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
		assertThat(page.body()).as("absolute addresses are plain URIs")
			.contains("<link rel=\"canonical\" href=\"http://localhost:8080" + tag + "\">");
		assertThat(Http.get(port, "/sitemap.xml").body()).contains("<loc>http://localhost:8080" + tag + "</loc>");
		for (String feed : List.of("/feed.xml", "/atom.xml")) {
			HttpResponse<String> response = Http.get(port, tag + feed);
			assertThat(response.statusCode()).as(feed).isEqualTo(200);
			assertThat(response.body()).as(feed).contains("/articles/" + unique);
		}
	}

	@Test
	void aTagRenamedIntoAnotherScriptRedirectsToItsEncodedAddress() throws Exception {
		String unique = Drafts.uniqueSlug("greek");
		EditableArticle article = editing.create(tagged(unique + "-a", "Worry " + unique), "e");
		editing.publish(article.id(), article.version(), article.draft(), null, "e");

		changes.renameTag("worry-" + unique, "Άγχος", "e");

		String now = "/tags/" + UriUtils.encodePathSegment("άγχος", StandardCharsets.UTF_8);
		mvc.perform(get("/tags/worry-" + unique))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl(now));
		mvc.perform(get("/tags/worry-" + unique + "/atom.xml"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl(now + "/atom.xml"));
		assertThat(Http.get(port, now).statusCode()).isEqualTo(200);
	}

	@Test
	void authorsCannotRenameTags() throws Exception {
		mvc.perform(post("/admin/tags/rename").with(user("author@haven.test").roles("AUTHOR"))
			.with(csrf())
			.param("from", "sleep")
			.param("to", "rest")).andExpect(status().isForbidden());
	}

	private static ArticleDraft tagged(String slug, String... tags) {
		ArticleDraft d = Drafts.publishable(slug);
		return new ArticleDraft(d.title(), d.slug(), d.summary(), d.category(), List.of(tags), d.author(), d.reviewer(),
				d.lastReviewed(), d.contentWarning(), d.contentNotes(), d.featured(), d.faq(), d.cover(), d.coverAlt(),
				d.body());
	}

}
