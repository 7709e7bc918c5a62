package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * With {@code haven.site.region=US} the footer and {@code /help} give the United States'
 * services: 988 and 911, not the UK's.
 */
@ReaderSlice
@TestPropertySource(properties = "haven.site.region=US")
class HelpInTheUnitedStatesTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theHelpPageAndFooterGiveTheUsServices() throws Exception {
		String html = mvc.get().uri("/help").exchange().getResponse().getContentAsString();
		String footer = html.substring(html.indexOf("<footer"));

		assertThat(html).contains("Support in United States", "988 Suicide &amp; Crisis Lifeline", "href=\"tel:988\"",
				"Crisis Text Line", "href=\"tel:911\"", "href=\"https://988lifeline.org/chat/\"");
		assertThat(footer).contains("Talk to 988 Suicide &amp; Crisis Lifeline:", "href=\"tel:988\"",
				"href=\"tel:911\"");
		assertThat(html).doesNotContain("Samaritans", "116 123", "tel:999");
	}

}
