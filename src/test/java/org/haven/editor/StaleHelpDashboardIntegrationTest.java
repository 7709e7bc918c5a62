package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;

import org.haven.support.EditorIntegrationTest;
import org.haven.support.HtmlChecker;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Help services whose details were last checked more than a year ago are listed on the
 * dashboard, so someone compares them with their source again.
 */
@EditorIntegrationTest
class StaleHelpDashboardIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void restoreTheClock() {
		clock.set(EditorIntegrationTest.NOW);
	}

	@Test
	void freshlyCheckedEntriesAreNotListed() throws Exception {
		assertThat(dashboard()).doesNotContain("Help services to check");
	}

	@Test
	void entriesCheckedMoreThanTwelveMonthsAgoAreListedWithTheirSource() throws Exception {
		clock.set(Instant.parse("2028-01-15T10:00:00Z"));

		String page = dashboard();

		assertThat(HtmlChecker.errors(page)).isEmpty();
		assertThat(page).contains("Help services to check", "Samaritans", "TelefonSeelsorge",
				"href=\"https://www.samaritans.org/how-we-can-help/contact-samaritan/\"");
	}

	private String dashboard() throws Exception {
		return mvc.perform(get("/admin").with(user("editor@haven.test").roles("EDITOR", "AUTHOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
