package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.haven.article.ArticleEditing;
import org.haven.article.EditableArticle;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.HtmlChecker;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Preview links for drafts: someone without an account reads the draft as readers will
 * see it, the page is never cached nor indexed, and the link stops working when revoked
 * or after seven days.
 */
@EditorIntegrationTest
class PreviewLinkIntegrationTest {

	static final RequestPostProcessor EDITOR = user("editor@haven.test").roles("EDITOR", "AUTHOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleEditing editing;

	@Autowired
	PreviewLinks links;

	@Autowired
	MutableClock clock;

	@Test
	void someoneWithoutAnAccountReadsTheDraftUntilTheLinkIsRevoked() throws Exception {
		EditableArticle draft = editing.create(Drafts.publishable(Drafts.uniqueSlug("shared")), "editor@haven.test");
		String page = mvc.perform(post("/admin/articles/" + draft.id() + "/preview-links").with(EDITOR).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("newLink")
			.toString();
		String path = page.substring(page.indexOf("/preview/"));

		String html = mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().string("X-Robots-Tag", "noindex, nofollow"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains(draft.draft().title(), "noindex", "Worry often gets louder at night.");
		assertThat(HtmlChecker.errors(html)).isEmpty();

		long id = links.of(draft.id()).get(0).id();
		mvc.perform(
				post("/admin/articles/" + draft.id() + "/preview-links/" + id + "/revoke").with(EDITOR).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	@Test
	void aLinkStopsWorkingAfterSevenDays() throws Exception {
		EditableArticle draft = editing.create(Drafts.publishable(Drafts.uniqueSlug("expiring")), "editor@haven.test");
		String secret = links.create(draft.id(), "editor@haven.test");

		mvc.perform(get("/preview/" + secret)).andExpect(status().isOk());
		clock.advance(Duration.ofDays(7).plusMinutes(1));
		try {
			mvc.perform(get("/preview/" + secret)).andExpect(status().isNotFound());
			mvc.perform(get("/preview/not-a-link")).andExpect(status().isNotFound());
		}
		finally {
			clock.advance(Duration.ofDays(-7).minusMinutes(1));
		}
	}

}
