package org.haven.taxonomy;

import java.util.Comparator;
import java.util.List;

import org.haven.taxonomy.TagCount;

/**
 * Weights tags on a logarithmic scale, so that one very common tag does not flatten every
 * other tag to the smallest size.
 */
public final class TagCloud {

	static final int LEVELS = 5;

	private TagCloud() {
	}

	/** Every tag, alphabetical by label, weighted 1 to 5. */
	public static List<WeightedTag> of(List<TagCount> tags) {
		long max = tags.stream().mapToLong(TagCount::count).max().orElse(1);
		long min = tags.stream().mapToLong(TagCount::count).min().orElse(1);
		return tags.stream()
			.map(t -> new WeightedTag(t.slug(), t.label(), t.count(), weight(t.count(), min, max)))
			.sorted(Comparator.comparing((WeightedTag t) -> t.label().toLowerCase()).thenComparing(WeightedTag::slug))
			.toList();
	}

	/** The {@code limit} most used tags, most used first, ties by label. */
	public static List<WeightedTag> top(List<TagCount> tags, int limit) {
		return of(tags).stream()
			.sorted(Comparator.comparingLong(WeightedTag::count).reversed().thenComparing(t -> t.label().toLowerCase()))
			.limit(limit)
			.toList();
	}

	static int weight(long count, long min, long max) {
		if (max <= min) {
			return 3;
		}
		double scaled = (Math.log(count) - Math.log(min)) / (Math.log(max) - Math.log(min));
		return 1 + (int) Math.round(scaled * (LEVELS - 1));
	}

}
