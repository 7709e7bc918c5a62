package org.haven.subscription;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.haven.article.ArticleCard;
import org.haven.config.SiteProperties;
import org.haven.mail.MailMessage;
import org.haven.mail.MailTemplates;
import org.haven.mail.Recipient;
import org.springframework.stereotype.Component;

/**
 * The newsletter's mails: the confirmation, one article, a digest. Bodies shared by many
 * people hold placeholders for each person's links, which the outbox fills in; every mail
 * to a subscriber carries the RFC 8058 one-click unsubscribe headers.
 */
@Component
class NewsletterMails {

	private static final Map<String, Object> PERSONAL = Map.of("preferencesUrl", "{{preferencesUrl}}");

	private final MailTemplates templates;

	private final NewsletterLinks links;

	private final SiteProperties site;

	NewsletterMails(MailTemplates templates, NewsletterLinks links, SiteProperties site) {
		this.templates = templates;
		this.links = links;
		this.site = site;
	}

	MailMessage confirmation(String confirmUrl, Choices choices, long hours) {
		return templates.render("email/confirm", templates.message("email.confirm.subject", site.title()),
				Map.of("confirmUrl", confirmUrl, "choices", describe(choices), "expiresHours", hours));
	}

	MailMessage article(ArticleCard card) {
		Map<String, Object> model = new HashMap<>(PERSONAL);
		model.put("article", mailArticle(card));
		return templates.render("email/post", card.title(), model);
	}

	MailMessage digest(List<ArticleCard> cards) {
		Map<String, Object> model = new HashMap<>(PERSONAL);
		model.put("articles", cards.stream().map(this::mailArticle).toList());
		return templates.render("email/digest", templates.message("email.digest.title", site.title()), model);
	}

	/** What the reader asked for, in the site's language, for the confirmation mail. */
	String describe(Choices choices) {
		String key = "email.choices." + ((choices.frequency() == Frequency.WEEKLY) ? "weekly" : "each")
				+ (choices.wholeSite() ? ".site" : ".topics");
		return templates.message(key,
				choices.topics().stream().map(Topic::slug).sorted().collect(Collectors.joining(", ")));
	}

	private MailArticle mailArticle(ArticleCard card) {
		String warning = card.contentWarning();
		if (warning == null && !card.contentNotes().isEmpty()) {
			warning = templates.message("email.content-note",
					String.join(", ", card.contentNotes().stream().map(n -> n.label()).toList()));
		}
		return MailArticle.of(card, site, warning);
	}

	/** A subscriber as an addressee of {@code key}, with their own links and headers. */
	Recipient recipient(String key, MailingRow row) {
		String unsubscribe = links.unsubscribeUrl(row.token());
		return new Recipient(key, row.email(),
				Map.of("preferencesUrl", links.manageUrl(row.token()), "unsubscribeUrl", unsubscribe),
				Map.of("List-Unsubscribe", "<{{unsubscribeUrl}}>", "List-Unsubscribe-Post",
						"List-Unsubscribe=One-Click"));
	}

}
