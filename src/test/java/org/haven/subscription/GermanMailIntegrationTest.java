package org.haven.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.haven.article.ArticleCard;
import org.haven.article.Articles;
import org.haven.mail.MailMessage;
import org.haven.support.GermanSiteIntegrationTest;
import org.haven.theme.ThemeProperties;
import org.haven.theme.ThemeRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With {@code haven.site.locale=de-DE} the newsletter's mails speak German in both
 * themes: every word of {@code templates/email/*} comes from the theme's German bundle,
 * in the HTML and the plain text part, and no English wording is left over.
 */
@GermanSiteIntegrationTest
class GermanMailIntegrationTest {

	/** The English wording of the mail templates, none of which may show in German. */
	static final List<String> ENGLISH = List.of("Please confirm", "Someone, hopefully you", "Yes, subscribe me",
			"The link works", "nothing is stored", "every new article", "new articles in", "weekly digest",
			"Read the article", "This week at", "Content note", "You get this because", "Change what you receive",
			"unsubscribe", "If you need help", "More support", "Samaritans");

	@Autowired
	NewsletterMails mails;

	@Autowired
	Articles articles;

	@Autowired
	ThemeRegistry themes;

	@AfterEach
	void restoreTheDefaultTheme() {
		themes.activate(ThemeProperties.DEFAULT_THEME);
	}

	@ParameterizedTest
	@ValueSource(strings = { "calm", "magazine" })
	void confirmationArticleAndDigestMailsAreGermanThroughout(String theme) {
		themes.activate(theme);
		ArticleCard card = articles.latest(1, 1).items().get(0);

		MailMessage confirm = mails.confirmation("http://localhost:8080/subscribe/confirm?r=a&e=1&s=b",
				new Choices(Set.of(new Topic(Topic.Kind.TAG, "schlaf")), Frequency.WEEKLY), 48);
		MailMessage post = mails.article(card);
		MailMessage digest = mails.digest(List.of(card));

		assertThat(confirm.subject()).startsWith("Bitte bestätigen Sie Ihr Abonnement");
		for (String part : List.of(confirm.html(), confirm.text())) {
			assertThat(part).contains("Bitte bestätigen Sie Ihr Abonnement", "Jemand, hoffentlich Sie",
					"eine wöchentliche Übersicht neuer Artikel in schlaf", "Ja, abonnieren", "Der Link gilt 48 Stunden",
					"Wenn Sie jetzt Hilfe brauchen", "TelefonSeelsorge");
		}
		for (String part : List.of(post.html(), post.text())) {
			assertThat(part).contains(card.title(), "Artikel lesen", "Sie erhalten diese E-Mail, weil Sie",
					"Auswahl ändern, pausieren oder abbestellen", "{{preferencesUrl}}", "TelefonSeelsorge");
			if (card.author() != null) {
				assertThat(part).contains("Von " + card.author().name()).doesNotContain("By " + card.author().name());
			}
		}
		assertThat(digest.subject()).startsWith("Diese Woche bei");
		for (String part : List.of(digest.html(), digest.text())) {
			assertThat(part).contains("Diese Woche bei", card.title(), "Sie erhalten diese E-Mail, weil Sie");
		}
		assertThat(confirm.html()).contains("lang=\"de-DE\"");
		for (MailMessage mail : List.of(confirm, post, digest)) {
			for (String part : List.of(mail.subject(), mail.html(), mail.text())) {
				assertThat(part).as("%s mail in %s", mail.subject(), theme)
					.doesNotContain(ENGLISH.toArray(String[]::new));
			}
		}
	}

}
