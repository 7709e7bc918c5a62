package org.haven.site;

import java.util.List;

import org.haven.article.ArticleCard;
import org.haven.article.ArticleDetail;
import org.haven.article.Neighbours;

/**
 * An article page: the article, its previous and next in the same category, and related
 * posts. {@code related} is filled by the related-posts module; each entry is a card.
 * {@code reviewDue} is true once the article's next clinical review date has passed: it
 * stays published, and the page says it is due for review. {@code comments} is the
 * comments part: the published ones and the form.
 */
public record ArticleModel(ArticleDetail article, Neighbours neighbours, List<RelatedLink> related, boolean reviewDue,
		CommentSection comments) {

	/**
	 * A suggested next read; {@code fillIn} when it came from the same category rather
	 * than shared tags.
	 */
	public record RelatedLink(ArticleCard card, boolean fillIn) {
	}

}
