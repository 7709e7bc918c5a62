package org.haven.site;

import java.util.List;

import org.haven.article.ArticleCard;
import org.haven.article.ArticleDetail;
import org.haven.article.Neighbours;
import org.jspecify.annotations.Nullable;

/**
 * An article page: the article, its previous and next in the same category, and related
 * posts. {@code related} is filled by the related-posts module; each entry is a card.
 * {@code reviewDue} is true once the article's next clinical review date has passed: it
 * stays published, and the page says it is due for review. {@code views} is the article's
 * view count, rounded (themes show it when their {@code show_view_counts} setting is on).
 * {@code disclaimer} is its category's disclaimer or the site's ({@code null}: the
 * theme's default sentence). {@code cover} is its cover image or null. {@code latest} are
 * the newest other articles this one may list (content notes respected as for related
 * posts). {@code comments} is the comments part: the published ones and the form.
 */
public record ArticleModel(ArticleDetail article, Neighbours neighbours, List<RelatedLink> related, boolean reviewDue,
		long views, @Nullable String disclaimer, @Nullable CoverImage cover, List<ArticleCard> latest,
		CommentSection comments) {

	public ArticleModel {
		related = List.copyOf(related);
		latest = List.copyOf(latest);
	}

	/**
	 * A suggested next read; {@code fillIn} when it came from the same category rather
	 * than shared tags.
	 */
	public record RelatedLink(ArticleCard card, boolean fillIn) {
	}

}
