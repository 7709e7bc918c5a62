package org.haven.article;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.haven.taxonomy.CategoryCount;
import org.haven.taxonomy.TagCount;

/**
 * The site-wide counts of visible articles at one moment, as every reader page shows
 * them, and the order of their lists: read from memory, never counted per page.
 */
final class CountSnapshot {

	static final CountSnapshot EMPTY = new CountSnapshot(0, Map.of(), List.of(), Map.of(), Map.of(),
			new ListingOrder(new CountTally.Entry[0]));

	private final long total;

	private final Map<String, Long> categories;

	private final List<TagCount> tags;

	private final Map<String, TagCount> tagsBySlug;

	private final Map<YearMonth, Long> months;

	private final Map<String, Long> people;

	private final ListingOrder order;

	CountSnapshot(long total, Map<String, Long> categories, List<TagCount> tags, Map<YearMonth, Long> months,
			Map<String, Long> people, ListingOrder order) {
		this.order = order;
		this.total = total;
		this.categories = categories;
		this.tags = tags.stream().sorted(Comparator.comparing(TagCount::slug)).toList();
		this.tagsBySlug = tags.stream().collect(Collectors.toUnmodifiableMap(TagCount::slug, Function.identity()));
		this.months = months;
		this.people = people;
	}

	/** The same articles in list order. */
	ListingOrder order() {
		return order;
	}

	/** Every visible article. */
	long total() {
		return total;
	}

	List<CategoryCount> categories() {
		return categories.entrySet().stream().map(e -> new CategoryCount(e.getKey(), e.getValue())).toList();
	}

	long inCategory(String slug) {
		return categories.getOrDefault(slug, 0L);
	}

	/** Every tag on a visible article, alphabetical by slug. */
	List<TagCount> tags() {
		return tags;
	}

	Optional<TagCount> tag(String slug) {
		return Optional.ofNullable(tagsBySlug.get(slug));
	}

	/** Months with visible articles, newest first. */
	List<MonthCount> months() {
		return months.entrySet()
			.stream()
			.map(e -> new MonthCount(e.getKey(), e.getValue()))
			.sorted(Comparator.comparing(MonthCount::month).reversed())
			.toList();
	}

	long inMonth(YearMonth month) {
		return months.getOrDefault(month, 0L);
	}

	/** Articles a person wrote or clinically reviewed. */
	long byPerson(String slug) {
		return people.getOrDefault(slug, 0L);
	}

}
