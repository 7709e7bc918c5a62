package org.haven.site;

import java.util.List;

import org.haven.article.ArticleCard;
import org.haven.article.Slice;
import org.haven.taxonomy.WeightedTag;

/** The home page: featured articles, the latest (paginated), a block per category and the most used tags. */
public record HomeModel(List<ArticleCard> featured, Slice<ArticleCard> latest, List<CategoryBlock> categoryBlocks,
		List<WeightedTag> popularTags) {
}
