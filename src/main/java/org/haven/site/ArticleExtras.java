package org.haven.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.haven.article.ArticleCard;
import org.haven.article.ArticleCover;
import org.haven.article.ArticleDetail;
import org.haven.article.Articles;
import org.haven.content.ImageSizes;
import org.haven.views.Views;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What an article page shows beside the article itself: its view count, the disclaimer
 * that applies to it, and its cover as a responsive image.
 */
@Component
class ArticleExtras {

	private final Views views;

	private final Articles articles;

	private final SiteDisclaimer siteDisclaimer;

	private final ObjectProvider<ImageSizes> imageSizes;

	ArticleExtras(Views views, Articles articles, SiteDisclaimer siteDisclaimer,
			ObjectProvider<ImageSizes> imageSizes) {
		this.views = views;
		this.articles = articles;
		this.siteDisclaimer = siteDisclaimer;
		this.imageSizes = imageSizes;
	}

	long views(ArticleCard card) {
		return views.shownTotal(card.id());
	}

	/** The category's disclaimer, else the site's; null leaves the theme's default. */
	@Nullable String disclaimer(ArticleCard card) {
		return articles.categoryDisclaimer(card.categorySlug()).orElse(siteDisclaimer.disclaimer());
	}

	/** The covers of those of {@code cards} that have one, by article id. */
	Map<Long, CoverImage> covers(Articles articles, List<ArticleCard> cards) {
		Map<Long, CoverImage> covers = new HashMap<>();
		List<Long> ids = cards.stream().map(ArticleCard::id).distinct().toList();
		for (ArticleCover found : articles.covers(ids)) {
			CoverImage cover = CoverImage.of(found.image(), found.description(),
					imageSizes.getIfAvailable(() -> ImageSizes.NONE));
			if (cover != null) {
				covers.put(found.articleId(), cover);
			}
		}
		return covers;
	}

	@Nullable CoverImage cover(ArticleDetail detail) {
		return CoverImage.of(detail.cover(), detail.coverAlt(), detail.coverCaption(),
				imageSizes.getIfAvailable(() -> ImageSizes.NONE));
	}

}
