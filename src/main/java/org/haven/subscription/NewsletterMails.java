package org.haven.subscription;

import java.util.List;
import java.util.Map;

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
		return templates.render("email/confirm", "Please confirm your subscription to " + site.title(),
				Map.of("confirmUrl", confirmUrl, "choices", choices.describe(), "expiresHours", hours));
	}

	MailMessage article(ArticleCard card) {
		Map<String, Object> model = new java.util.HashMap<>(PERSONAL);
		model.put("article", MailArticle.of(card, site));
		return templates.render("email/post", card.title(), model);
	}

	MailMessage digest(List<ArticleCard> cards) {
		Map<String, Object> model = new java.util.HashMap<>(PERSONAL);
		model.put("articles", cards.stream().map(card -> MailArticle.of(card, site)).toList());
		return templates.render("email/digest", "This week at " + site.title(), model);
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
