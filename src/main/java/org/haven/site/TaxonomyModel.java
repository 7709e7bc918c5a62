package org.haven.site;

import java.util.List;

import org.haven.article.MonthCount;
import org.haven.taxonomy.CategoryView;
import org.haven.taxonomy.WeightedTag;

/**
 * An overview page: {@code kind} is {@code categories} (all categories with counts),
 * {@code tags} (the tag cloud) or {@code archive} (months with counts). Only the list for
 * the kind is filled.
 */
public record TaxonomyModel(String kind, String heading, List<CategoryView> categories, List<WeightedTag> tags,
		List<MonthCount> months) {
}
