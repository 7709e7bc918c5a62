package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.haven.support.EditorIntegrationTest;
import org.haven.support.HtmlChecker;
import org.haven.theme.ThemeRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Admins choose the reader theme and its settings in the editor; the choice reaches
 * readers and survives restarts.
 */
@EditorIntegrationTest
class AppearanceIntegrationTest {

	static final RequestPostProcessor ADMIN = user(EditorIntegrationTest.ADMIN_EMAIL).roles("ADMIN");

	static final RequestPostProcessor EDITOR = user("editor@haven.test").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	ThemeRegistry themes;

	@Autowired
	Appearance appearance;

	@Autowired
	SiteSettingRepository stored;

	@AfterEach
	void backToTheDefaults() throws Exception {
		appearance.resetSettings();
		appearance.activate("calm", "test");
		stored.deleteAll();
	}

	@Test
	void anAdminSeesEveryThemeAndTheSettingsOfTheOneInUse() throws Exception {
		String page = mvc.perform(get("/admin/themes").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<h3>Calm</h3>", "<h3>Magazine</h3>", "Use Magazine", "Settings of Calm",
				"type=\"color\"", "id=\"field-setting-accent\"", "value=\"#2f6f62\"");
		assertThat(HtmlChecker.errors(page)).isEmpty();
	}

	@Test
	void editorsAndAuthorsCannotChangeTheAppearance() throws Exception {
		mvc.perform(get("/admin/themes").with(EDITOR)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/themes/activate").param("name", "magazine").with(EDITOR).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/themes/activate").param("name", "magazine").with(ADMIN))
			.andExpect(status().isForbidden());
		assertThat(themes.active().name()).isEqualTo("calm");
	}

	@Test
	void choosingAThemeChangesTheSiteAtOnceAndIsKeptAcrossARestart() throws Exception {
		mvc.perform(post("/admin/themes/activate").param("name", "magazine").with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/admin/themes"));

		assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString()).contains("/themes/magazine/");
		assertThat(mvc.perform(get("/admin/themes").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).as("the page names who chose the theme").contains("Last chosen by");

		themes.activate("calm"); // what a restart does: configuration says calm...
		appearance.applyStored(); // ...then the stored choice is applied before the web
									// server opens
		assertThat(themes.active().name()).isEqualTo("magazine");
		assertThat(stored.findById(Appearance.ACTIVE_THEME))
			.hasValueSatisfying(s -> assertThat(s.getUpdatedBy()).isEqualTo(EditorIntegrationTest.ADMIN_EMAIL));
	}

	@Test
	void anUnknownThemeIsRefusedWithAReason() throws Exception {
		String page = mvc.perform(post("/admin/themes/activate").param("name", "neon").with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("There is a problem", "no such theme is loaded");
		assertThat(themes.active().name()).isEqualTo("calm");
		assertThat(stored.findById(Appearance.ACTIVE_THEME)).isEmpty();
	}

	@Test
	void settingsAreCheckedByTypeAndReachReadersOnTheirNextPage() throws Exception {
		mvc.perform(post("/admin/themes/settings").param("setting-accent", "#123abc")
			.param("setting-home_featured_count", "2")
			.with(ADMIN)
			.with(csrf())).andExpect(redirectedUrl("/admin/themes"));

		assertThat(themes.settings()).containsEntry("accent", "#123abc")
			.containsEntry("home_featured_count", "2")
			.containsEntry("show_reading_time", "false"); // an unticked box
		assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString())
			.contains("content=\"#123abc\"");
	}

	@Test
	void aWrongValueNamesTheSettingAndNothingIsSaved() throws Exception {
		String page = mvc
			.perform(post("/admin/themes/settings").param("setting-accent", "red")
				.param("setting-home_featured_count", "many")
				.param("setting-show_reading_time", "true")
				.with(ADMIN)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("href=\"#field-setting-accent\"", "“red” will not do. Give a colour as # and six",
				"“many” will not do. Give a whole number from 0 to 999.", "min=\"0\" max=\"999\"", "value=\"#2f6f62\"");
		assertThat(HtmlChecker.errors(page)).isEmpty();
		assertThat(themes.settings()).containsEntry("accent", "#2f6f62");
		assertThat(stored.findAll()).isEmpty();
	}

	@Test
	void resettingBringsBackTheThemeDefaults() throws Exception {
		mvc.perform(post("/admin/themes/settings").param("setting-accent", "#000000")
			.param("setting-show_reading_time", "true")
			.with(ADMIN)
			.with(csrf()));
		mvc.perform(post("/admin/themes/settings/reset").with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/admin/themes"));

		assertThat(themes.settings()).containsEntry("accent", "#2f6f62").containsEntry("show_reading_time", "true");
		assertThat(stored.findByNameStartingWith(Appearance.SETTING)).isEmpty();
	}

}
