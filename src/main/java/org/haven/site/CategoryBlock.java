package org.haven.site;

import java.util.List;

import org.haven.article.ArticleCard;
import org.haven.taxonomy.CategoryView;

/** A category with its newest articles, as the home page shows it. */
public record CategoryBlock(CategoryView category, List<ArticleCard> articles) {
}
