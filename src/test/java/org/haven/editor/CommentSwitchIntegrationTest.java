package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.haven.article.ArticleDraft;
import org.haven.article.ArticleEditing;
import org.haven.article.EditableArticle;
import org.haven.comment.CommentSettings;
import org.haven.comment.ModerationSettings;
import org.haven.support.Drafts;
import org.haven.support.Http;
import org.haven.support.MailIntegrationTest;
import org.haven.taxonomy.CategoryDraft;
import org.haven.taxonomy.CategoryEditing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The comment switch of an article (in its editor) and of a category (on its page): on,
 * off, or back to following the level above, which deletes the switch. The article page
 * is read at the same address each time, so a page cache that missed the change would
 * show it.
 */
@MailIntegrationTest
class CommentSwitchIntegrationTest {

	static final RequestPostProcessor EDITOR = user("editor@haven.test").roles("EDITOR", "AUTHOR");

	static final String FORM = "Leave a comment";

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleEditing editing;

	@Autowired
	CategoryEditing categories;

	@Autowired
	CommentSettings settings;

	@LocalServerPort
	int port;

	@Test
	void anArticleSetOffThenToFollowFollowsItsCategoryAgain() throws Exception {
		String category = newCategory();
		EditableArticle article = publishedIn(category);
		String page = "/articles/" + article.draft().slug();
		String articleSwitch = "/admin/articles/" + article.id() + "/comment-switch";
		String categorySwitch = "/admin/categories/" + category + "/comment-switch";
		assertThat(read(page)).contains(FORM);
		assertThat(editorPage(article)).contains("Follow the category (currently on)")
			.containsPattern("value=\"FOLLOW\"\\s+checked");

		choose(articleSwitch, "OFF", "/admin/articles/" + article.id() + "/edit");
		assertThat(read(page)).doesNotContain(FORM);
		assertThat(editorPage(article)).containsPattern("value=\"OFF\"\\s+checked");

		choose(articleSwitch, "FOLLOW", "/admin/articles/" + article.id() + "/edit");
		assertThat(read(page)).as("follows its category, which follows the site").contains(FORM);
		choose(categorySwitch, "OFF", "/admin/categories/" + category + "/edit");
		assertThat(read(page)).as("follows its category, now off").doesNotContain(FORM);
		assertThat(editorPage(article)).contains("Follow the category (currently off)");

		choose(articleSwitch, "ON", "/admin/articles/" + article.id() + "/edit");
		assertThat(read(page)).as("its own switch wins").contains(FORM);
		choose(articleSwitch, "FOLLOW", "/admin/articles/" + article.id() + "/edit");
		assertThat(read(page)).doesNotContain(FORM);
		choose(categorySwitch, "FOLLOW", "/admin/categories/" + category + "/edit");
		assertThat(read(page)).contains(FORM);
	}

	@Test
	void aCategorySetOffThenToFollowFollowsTheSiteAgain() throws Exception {
		String category = newCategory();
		String page = "/articles/" + publishedIn(category).draft().slug();
		String categorySwitch = "/admin/categories/" + category + "/comment-switch";
		choose(categorySwitch, "OFF", "/admin/categories/" + category + "/edit");
		assertThat(read(page)).doesNotContain(FORM);
		assertThat(categoryPage(category)).contains("Follow the site (currently on)")
			.containsPattern("value=\"OFF\"\\s+checked");

		choose(categorySwitch, "FOLLOW", "/admin/categories/" + category + "/edit");
		assertThat(read(page)).as("follows the site, on").contains(FORM);
		ModerationSettings before = settings.current();
		settings.save(new ModerationSettings(false, before.closeAfterDays(), before.autoApprove(),
				before.holdThreshold(), before.spamThreshold(), before.bannedWords()));
		try {
			assertThat(read(page)).as("follows the site, off").doesNotContain(FORM);
			assertThat(categoryPage(category)).contains("Follow the site (currently off)")
				.contains("Comments are off here now.")
				.containsPattern("value=\"FOLLOW\"\\s+checked");
			choose(categorySwitch, "ON", "/admin/categories/" + category + "/edit");
			assertThat(read(page)).as("the site switch is above a category's").doesNotContain(FORM);
			assertThat(categoryPage(category)).contains("Comments are off here now.");
		}
		finally {
			settings.save(before);
		}
		assertThat(read(page)).as("on for itself").contains(FORM);
		choose(categorySwitch, "FOLLOW", "/admin/categories/" + category + "/edit");
		assertThat(categoryPage(category)).contains("Comments are on here now.");
	}

	@Test
	void onlyEditorsSwitchAndAnUnknownChoiceChangesNothing() throws Exception {
		String category = newCategory();
		EditableArticle article = publishedIn(category);
		String page = "/articles/" + article.draft().slug();
		mvc.perform(post("/admin/articles/" + article.id() + "/comment-switch").param("choice", "OFF")
			.with(user("author@haven.test").roles("AUTHOR"))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/admin/categories/" + category + "/comment-switch").param("choice", "OFF").with(EDITOR))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/categories/" + category + "/comment-switch").param("choice", "MAYBE")
			.with(EDITOR)
			.with(csrf())).andExpect(status().isBadRequest());
		assertThat(read(page)).contains(FORM);
	}

	private void choose(String path, String choice, String back) throws Exception {
		mvc.perform(post(path).param("choice", choice).with(EDITOR).with(csrf())).andExpect(redirectedUrl(back));
	}

	private String read(String page) {
		return Http.get(port, page).body();
	}

	private String editorPage(EditableArticle article) throws Exception {
		return mvc.perform(get("/admin/articles/" + article.id() + "/edit").with(EDITOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String categoryPage(String category) throws Exception {
		return mvc.perform(get("/admin/categories/" + category + "/edit").with(EDITOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String newCategory() {
		String unique = Drafts.uniqueSlug("switch");
		return categories.create(new CategoryDraft("Switch " + unique, unique, "", null)).slug();
	}

	private EditableArticle publishedIn(String category) {
		ArticleDraft draft = Drafts.publishable(Drafts.uniqueSlug("switched")).withCategory(category);
		EditableArticle created = editing.create(draft, "editor@haven.test");
		return editing.publish(created.id(), created.version(), created.draft(), null, "editor@haven.test");
	}

}
