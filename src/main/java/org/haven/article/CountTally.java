package org.haven.article;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.haven.taxonomy.TagCount;
import org.haven.taxonomy.TagRef;
import org.jspecify.annotations.Nullable;

/**
 * The site-wide counts (articles per category, tag, month and person) kept as running
 * totals, and the visible articles kept in list order: each visible article's
 * contribution is remembered, so a change subtracts the old one and adds the new one
 * without counting or sorting anything again. Not thread-safe: {@link SiteCounts} guards
 * it. Names are shared between articles, so 100,000 entries hold a few hundred distinct
 * strings.
 */
final class CountTally {

	/**
	 * What one visible article adds to the counts and where it stands in the lists; its
	 * {@code category} is the primary one, among {@code categories}.
	 */
	record Entry(long id, Instant published, Instant updated, String slug, YearMonth month, String category,
			List<String> categories, List<TagRef> tags, @Nullable String author, @Nullable String reviewer, Pick pick) {
	}

	/**
	 * What the home page picks by: featured (lower {@code pinWeight} first, unset last),
	 * and whether a content note keeps the article out of the lead and featured places.
	 */
	record Pick(boolean featured, @Nullable Integer pinWeight, boolean noted) {
	}

	private final Map<Long, Entry> entries = new HashMap<>();

	/** Every entry in the lists' order: newest first, then by slug. */
	private final TreeSet<Entry> newestFirst = new TreeSet<>(ListingOrder.NEWEST_FIRST);

	private final Map<String, Long> categories = new HashMap<>();

	/** Per tag slug, how many articles use each label (the listed label is the least). */
	private final Map<String, Map<String, Long>> tags = new HashMap<>();

	private final Map<YearMonth, Long> months = new HashMap<>();

	private final Map<String, Long> people = new HashMap<>();

	private final Map<Object, Object> shared = new HashMap<>();

	void clear() {
		entries.clear();
		newestFirst.clear();
		categories.clear();
		tags.clear();
		months.clear();
		people.clear();
		shared.clear();
	}

	/** Counts {@code entry} for its article, replacing what it counted before. */
	void put(Entry entry) {
		remove(entry.id());
		Entry kept = new Entry(entry.id(), entry.published(), entry.updated(), entry.slug(), share(entry.month()),
				share(entry.category()), entry.categories().stream().map(this::share).toList(),
				entry.tags().stream().map(this::share).toList(), share(entry.author()), share(entry.reviewer()),
				entry.pick());
		entries.put(kept.id(), kept);
		newestFirst.add(kept);
		apply(kept, 1);
	}

	void remove(long id) {
		Entry old = entries.remove(id);
		if (old != null) {
			newestFirst.remove(old);
			apply(old, -1);
		}
	}

	CountSnapshot snapshot() {
		List<TagCount> tagCounts = tags.entrySet()
			.stream()
			.map(e -> new TagCount(e.getKey(),
					e.getValue().keySet().stream().min(Comparator.naturalOrder()).orElse(e.getKey()),
					e.getValue().values().stream().mapToLong(Long::longValue).sum()))
			.toList();
		return new CountSnapshot(entries.size(), Map.copyOf(categories), tagCounts, Map.copyOf(months),
				Map.copyOf(people), new ListingOrder(newestFirst.toArray(Entry[]::new)));
	}

	private void apply(Entry entry, long sign) {
		add(months, entry.month(), sign);
		entry.categories().stream().distinct().forEach(category -> add(categories, category, sign));
		entry.tags().stream().distinct().forEach(tag -> {
			Map<String, Long> labels = tags.computeIfAbsent(tag.slug(), slug -> new HashMap<>());
			add(labels, tag.label(), sign);
			if (labels.isEmpty()) {
				tags.remove(tag.slug());
			}
		});
		if (entry.author() != null) {
			add(people, entry.author(), sign);
		}
		if (entry.reviewer() != null && !entry.reviewer().equals(entry.author())) {
			add(people, entry.reviewer(), sign);
		}
	}

	private static <K> void add(Map<K, Long> counts, K key, long delta) {
		counts.merge(key, delta, (a, b) -> a + b == 0 ? null : a + b);
	}

	/** The one instance of {@code value} the tally keeps, so equal names share memory. */
	@SuppressWarnings("unchecked")
	<T> @Nullable T share(@Nullable T value) {
		return value == null ? value : (T) Objects.requireNonNull(shared.computeIfAbsent(value, v -> v));
	}

}
