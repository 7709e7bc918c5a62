package org.haven.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.haven.support.MailIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Mails come from the active theme's {@code templates/email/*}: one HTML and one plain
 * text part, the crisis footer in both, nothing fetched from elsewhere.
 */
@MailIntegrationTest
class MailTemplatesIntegrationTest {

	@Autowired
	MailTemplates templates;

	@Test
	void aConfirmationMailHasBothPartsTheLinkAndTheCrisisFooter() {
		MailMessage mail = templates.render("email/confirm", "Confirm your subscription", Map.of("confirmUrl",
				"http://localhost:8080/subscribe/confirm?t=abc&x=1", "choices", "new articles", "expiresHours", 48));

		assertThat(mail.subject()).isEqualTo("Confirm your subscription");
		assertThat(mail.html()).contains("<title>Confirm your subscription</title>")
			.contains("href=\"http://localhost:8080/subscribe/confirm?t=abc&amp;x=1\"")
			.contains("If you are in crisis")
			.doesNotContain("<img")
			.doesNotContain("th:text");
		assertThat(mail.text()).contains("http://localhost:8080/subscribe/confirm?t=abc&x=1")
			.contains("If you are in crisis")
			.doesNotContain("<");
	}

	@Test
	void aPlaceholderForEachPersonsLinkSurvivesRendering() {
		MailMessage mail = templates.render("email/post", "A new article",
				Map.of("article", new Article("Sleep & worry", "Why nights feel longer.",
						"http://localhost:8080/articles/sleep", "Sleep", "Dr A. Writer", null), "preferencesUrl",
						"{{preferencesUrl}}"));

		assertThat(mail.html()).contains("Sleep &amp; worry").contains("href=\"{{preferencesUrl}}\"");
		assertThat(mail.text()).contains("Sleep & worry").contains("unsubscribe: {{preferencesUrl}}");
	}

	record Article(String title, String summary, String url, String category, String author,
			@Nullable String contentWarning) {
	}

}
