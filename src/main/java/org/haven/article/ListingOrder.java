package org.haven.article;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.haven.taxonomy.TagRef;
import org.jspecify.annotations.Nullable;

/**
 * The visible articles of one {@link CountSnapshot} in list order, newest first and then
 * by slug, as every list page shows them. A page of a list is a slice of an array, not a
 * query: the database would read and sort every visible article for each one (its index
 * cannot serve a descending date with an ascending slug). The lists of one category, tag,
 * person or month are filtered from the whole once per snapshot, when first asked for.
 * Immutable apart from that memo.
 */
final class ListingOrder {

	static final Comparator<CountTally.Entry> NEWEST_FIRST = Comparator
		.comparing(CountTally.Entry::published, Comparator.reverseOrder())
		.thenComparing(CountTally.Entry::slug)
		.thenComparingLong(CountTally.Entry::id);

	private final CountTally.Entry[] newest;

	private final Map<String, long[]> lists = new ConcurrentHashMap<>();

	ListingOrder(CountTally.Entry[] newest) {
		this.newest = newest;
	}

	/**
	 * Every visible article's address with its update time, primary category, author and
	 * tags, newest first: what the sitemap lists and dates.
	 */
	List<ArticleAddress> addresses() {
		List<ArticleAddress> all = new ArrayList<>(newest.length);
		for (CountTally.Entry entry : newest) {
			all.add(new ArticleAddress(entry.slug(), entry.updated(), entry.category(), entry.author(),
					entry.tags().stream().map(TagRef::slug).toList()));
		}
		return all;
	}

	/** Ids of the {@code page} (from 1) of every visible article. */
	List<Long> newest(int page, int size) {
		return page(list("", entry -> true), page, size);
	}

	/** The newest articles without a content note, for the lead story. */
	List<Long> newestWithoutNotes(int limit) {
		return page(list("lead", entry -> !entry.pick().noted()), 1, limit);
	}

	/**
	 * Featured articles without a content note: those with a pin weight first, lower
	 * first, then the rest newest first.
	 */
	List<Long> featuredWithoutNotes(int limit) {
		return page(lists.computeIfAbsent("featured",
				key -> ids(Arrays.stream(newest)
					.filter(entry -> entry.pick().featured() && !entry.pick().noted())
					.sorted(Comparator.comparing((CountTally.Entry entry) -> entry.pick().pinWeight(),
							Comparator.nullsLast(Comparator.naturalOrder())))
					.toArray(CountTally.Entry[]::new))),
				1, limit);
	}

	/** In any of an article's categories. */
	List<Long> inCategory(String category, int page, int size) {
		return page(list("c:" + category, entry -> entry.categories().contains(category)), page, size);
	}

	List<Long> tagged(String tag, int page, int size) {
		return page(list("t:" + tag, entry -> hasTag(entry, tag)), page, size);
	}

	/** Written or clinically reviewed by {@code person}. */
	List<Long> byPerson(String person, int page, int size) {
		return page(list("p:" + person, entry -> person.equals(entry.author()) || person.equals(entry.reviewer())),
				page, size);
	}

	List<Long> inMonth(YearMonth month, int page, int size) {
		return page(list("m:" + month, entry -> entry.month().equals(month)), page, size);
	}

	/** The ids either side of one article in a list; {@code null} at either end. */
	record Beside(@Nullable Long older, @Nullable Long newer) {
	}

	/**
	 * The articles either side of {@code id} in its primary category, or empty when the
	 * article is not in this snapshot.
	 */
	Optional<Beside> besideInPrimaryCategory(long id, String category) {
		long[] list = list("primary:" + category, entry -> entry.category().equals(category));
		for (int i = 0; i < list.length; i++) {
			if (list[i] == id) {
				return Optional.of(new Beside(i + 1 < list.length ? list[i + 1] : null, i > 0 ? list[i - 1] : null));
			}
		}
		return Optional.empty();
	}

	/** The lists the visible article {@code slug} is on, if it is visible. */
	Optional<ListMembership> membership(String slug) {
		for (CountTally.Entry entry : newest) {
			if (entry.slug().equals(slug)) {
				return Optional.of(new ListMembership(entry.categories(),
						entry.tags().stream().map(TagRef::slug).distinct().toList(),
						java.util.stream.Stream.of(entry.author(), entry.reviewer())
							.filter(java.util.Objects::nonNull)
							.distinct()
							.toList(),
						entry.month()));
			}
		}
		return Optional.empty();
	}

	private long[] list(String key, Predicate<CountTally.Entry> member) {
		return lists.computeIfAbsent(key, k -> {
			List<CountTally.Entry> found = new ArrayList<>();
			for (CountTally.Entry entry : newest) {
				if (member.test(entry)) {
					found.add(entry);
				}
			}
			return ids(found.toArray(CountTally.Entry[]::new));
		});
	}

	private static boolean hasTag(CountTally.Entry entry, String tag) {
		for (TagRef ref : entry.tags()) {
			if (ref.slug().equals(tag)) {
				return true;
			}
		}
		return false;
	}

	private static long[] ids(CountTally.Entry[] entries) {
		long[] ids = new long[entries.length];
		for (int i = 0; i < entries.length; i++) {
			ids[i] = entries[i].id();
		}
		return ids;
	}

	private static List<Long> page(long[] list, int page, int size) {
		int pageSize = Math.max(1, size);
		long from = (long) (Math.max(1, page) - 1) * pageSize;
		if (from >= list.length) {
			return List.of();
		}
		int to = (int) Math.min(list.length, from + pageSize);
		List<Long> ids = new ArrayList<>(to - (int) from);
		for (int i = (int) from; i < to; i++) {
			ids.add(list[i]);
		}
		return ids;
	}

}
