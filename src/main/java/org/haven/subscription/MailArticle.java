package org.haven.subscription;

import org.haven.article.ArticleCard;
import org.haven.config.SiteProperties;
import org.jspecify.annotations.Nullable;

/** An article as a mail template shows it: absolute link, no tracking parameters. */
public record MailArticle(String title, String summary, String url, String category, @Nullable String author,
		@Nullable String contentWarning) {

	static MailArticle of(ArticleCard card, SiteProperties site, @Nullable String warning) {
		return new MailArticle(card.title(), card.summary(), site.absolute(card.url()), card.categoryName(),
				(card.author() != null) ? card.author().name() : null, warning);
	}

}
