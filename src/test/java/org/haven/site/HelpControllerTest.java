package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.support.HtmlChecker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * {@code /help} with the default region (GB): the UK's services with their numbers as
 * {@code tel:} links, text options, hours, sources, 999, and a directory for readers
 * elsewhere; the footer of every page names the main service.
 */
@ReaderSlice
class HelpControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listsTheUnitedKingdomsServices() throws Exception {
		assertThat(mvc.get().uri("/help")).hasStatusOk().hasViewName("help");
		String html = mvc.get().uri("/help").exchange().getResponse().getContentAsString();

		assertThat(HtmlChecker.errors(html)).isEmpty();
		assertThat(html).contains("<h1>Get help now</h1>", "Support in United Kingdom", "Samaritans",
				"href=\"tel:116123\"", "href=\"sms:85258\"", "text SHOUT to 85258", "24 hours a day, every day",
				"href=\"tel:999\"", "href=\"https://www.samaritans.org/how-we-can-help/contact-samaritan/\"",
				"href=\"https://findahelpline.com\"");
		assertThat(html).doesNotContain("988", "??");
	}

	@Test
	void theFooterNamesTheMainServiceAndLinksToTheHelpPage() throws Exception {
		String html = mvc.get().uri("/help").exchange().getResponse().getContentAsString();
		String footer = html.substring(html.indexOf("<footer"));

		assertThat(footer).contains("Talk to Samaritans:", "href=\"tel:116123\"", "href=\"tel:999\"", "href=\"/help\"");
	}

}
