package org.haven.site;

import java.util.List;
import java.util.Map;

import org.haven.article.ArticleCard;
import org.haven.article.Slice;
import org.haven.taxonomy.WeightedTag;

/**
 * The home page: featured articles, the latest (paginated), a block per category and the
 * most used tags. {@code featured} and {@code leadCandidates} (the newest articles, for a
 * lead story when too few are featured) never hold an article with a content note: those
 * slots greet every reader, who has not chosen to read about it. {@code covers} holds, by
 * article id, the cover images of those of them that have one, for a lead card.
 */
public record HomeModel(List<ArticleCard> featured, Slice<ArticleCard> latest, List<CategoryBlock> categoryBlocks,
		List<WeightedTag> popularTags, List<ArticleCard> leadCandidates, Map<Long, CoverImage> covers) {
}
