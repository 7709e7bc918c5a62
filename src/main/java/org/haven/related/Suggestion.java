package org.haven.related;

import java.util.List;

import org.haven.article.ArticleCard;
import org.haven.taxonomy.TagRef;

/**
 * A related article and why it was chosen: its score, the tags it shares with the
 * article, or {@code fillIn} when it came from the same category because too few articles
 * shared tags.
 */
public record Suggestion(ArticleCard card, double score, List<TagRef> sharedTags, boolean fillIn) {
}
