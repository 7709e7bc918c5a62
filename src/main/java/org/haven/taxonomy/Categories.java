package org.haven.taxonomy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the declared categories, for the modules that count or validate
 * against them.
 */
@Service
@Transactional(readOnly = true)
public class Categories {

	private final CategoryRepository categories;

	Categories(CategoryRepository categories) {
		this.categories = categories;
	}

	/**
	 * Every declared category in its declared order, each with its count from
	 * {@code counts} (0 when absent).
	 */
	public List<CategoryView> withCounts(List<CategoryCount> counts) {
		return counted(categories.findAllByOrderByOrderAscNameAsc().stream().map(c -> c.view(0)).toList(), counts);
	}

	/**
	 * {@code declared} (as {@link #withCounts} gave them, in order) each with its count
	 * from {@code counts} (0 when absent): for callers that keep the declared categories.
	 */
	public static List<CategoryView> counted(List<CategoryView> declared, List<CategoryCount> counts) {
		Map<String, Long> bySlug = counts.stream()
			.collect(Collectors.toMap(CategoryCount::slug, CategoryCount::count, Long::sum));
		return declared.stream()
			.map(c -> new CategoryView(c.slug(), c.name(), c.description(), c.order(),
					bySlug.getOrDefault(c.slug(), 0L)))
			.toList();
	}

	public Optional<CategoryView> find(String slug, long count) {
		return categories.findBySlug(slug).map(c -> c.view(count));
	}

	/**
	 * Months between clinical reviews of each category's articles, for the categories
	 * that set their own.
	 */
	public Map<String, Integer> reviewIntervals() {
		return setBy(Category::getReviewIntervalMonths);
	}

	/**
	 * The reading grade a category's articles should not exceed, if it sets one
	 * ({@code reading_grade} in {@code categories.yaml}).
	 */
	public Optional<Integer> readingGrade(String slug) {
		return categories.findBySlug(slug).map(Category::getReadingGrade);
	}

	/** Each category's own disclaimer, for the categories that set one. */
	public Map<String, String> disclaimers() {
		return setBy(Category::getDisclaimer);
	}

	/** One optional setting of each category, by slug, for the categories that set it. */
	private <T> Map<String, T> setBy(Function<Category, @Nullable T> setting) {
		Map<String, T> set = new HashMap<>();
		for (Category category : categories.findAll()) {
			T value = setting.apply(category);
			if (value != null) {
				set.put(category.getSlug(), value);
			}
		}
		return set;
	}

	public Set<String> slugs() {
		return new HashSet<>(categories.findAllSlugs());
	}

}
