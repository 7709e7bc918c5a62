package org.haven.related;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.haven.article.ArticleCard;
import org.haven.taxonomy.ContentNote;
import org.haven.taxonomy.TagRef;

/**
 * Every published article's suggestions, computed ahead, so that a read is a lookup. A
 * full build walks the tag index once per article ({@link TopWalk}); after that a
 * published, edited or withdrawn article changes only the stored lists of the articles
 * sharing a tag with it ({@link TopUpdate}), and an edit that leaves tags, category,
 * notes, slug and date alone changes none. Tag weights stay those of the last full build
 * until the number of articles has moved by a tenth, so that the stored lists are always
 * exactly what a full recompute would give. A rebuild only lays out the tag index: lists
 * are computed by {@link #precomputeAll} (in the background, so start-up does not wait
 * for it) or by the first read. Thread-safe; usable without Spring:
 * {@code new RelatedIndex(RelatedProperties.defaults())}, {@link #rebuild},
 * {@link #precomputeAll}, {@link #topFor}.
 */
public final class RelatedIndex {

	private static final Comparator<ArticleCard> NEWEST_FIRST = Comparator.comparing(ArticleCard::publishedAt)
		.reversed()
		.thenComparing(ArticleCard::slug);

	private final RelatedProperties settings;

	private final ReadWriteGuard guard = new ReadWriteGuard();

	private final Catalogue catalogue = new Catalogue();

	private final TopWalk walk;

	private final Map<String, Integer> slotBySlug = new HashMap<>();

	private final Map<String, TreeSet<ArticleCard>> byCategory = new HashMap<>();

	private TopList[] tops = new TopList[0];

	public RelatedIndex(RelatedProperties settings) {
		this.settings = settings;
		this.walk = new TopWalk(catalogue, settings);
	}

	/**
	 * Replaces the whole index with {@code published} and computes every article's list.
	 */
	public void rebuild(Collection<ArticleCard> published) {
		guard.write(() -> {
			catalogue.clear();
			slotBySlug.clear();
			byCategory.clear();
			published.forEach(this::add);
			reweighAndRecompute();
		});
	}

	/**
	 * Adds or replaces one published article (its slug, tags or category may have
	 * changed).
	 */
	public void put(ArticleCard card) {
		guard.write(() -> {
			Integer slot = catalogue.slotOf(card.id());
			ArticleCard old = slot == null ? null : catalogue.card(slot);
			if (old != null && scoresAlike(old, card)) {
				catalogue.replace(slot, card);
				byCategory.get(old.categorySlug()).remove(old);
				byCategory.get(card.categorySlug()).add(card);
				return;
			}
			BitSet affected = new BitSet();
			if (slot != null) {
				sharing(slot, affected);
				drop(slot);
			}
			int added = add(card);
			sharing(added, affected);
			changed(affected, slot == null ? -1 : slot, added);
		});
	}

	/** Forgets an article that readers can no longer see. */
	public void remove(long id) {
		guard.write(() -> {
			Integer slot = catalogue.slotOf(id);
			if (slot != null) {
				BitSet affected = new BitSet();
				sharing(slot, affected);
				drop(slot);
				changed(affected, slot, -1);
			}
		});
	}

	public boolean contains(String slug) {
		return guard.read(() -> slotBySlug.containsKey(slug));
	}

	public int size() {
		return guard.read(catalogue::size);
	}

	/**
	 * Up to {@code limit} suggestions for the article {@code slug}: the best by tag
	 * overlap above the minimum score, then, if allowed, fill-ins from its category,
	 * newest first. Empty for an article that is not in the index. Up to the configured
	 * count this reads the stored list; beyond it, it walks the index.
	 */
	public List<Suggestion> topFor(String slug, int limit) {
		return guard.read(() -> {
			Integer slot = slotBySlug.get(slug);
			if (slot == null || limit <= 0) {
				return List.<Suggestion>of();
			}
			TopList list = limit <= settings.count() ? stored(slot) : walk.best(slot, limit);
			ArticleCard source = catalogue.card(slot);
			Set<String> sourceTags = new HashSet<>();
			source.tags().forEach(tag -> sourceTags.add(tag.slug()));
			List<Suggestion> top = new ArrayList<>(limit);
			for (int i = 0; i < Math.min(limit, list.size()); i++) {
				ArticleCard candidate = catalogue.card(list.slots()[i]);
				List<TagRef> shared = candidate.tags().stream().filter(t -> sourceTags.contains(t.slug())).toList();
				top.add(new Suggestion(candidate, list.scores()[i], shared, false));
			}
			if (settings.fillFromCategory() && top.size() < limit) {
				fill(source, top, limit);
			}
			return List.copyOf(top);
		});
	}

	/**
	 * Computes every list not yet computed, a few hundred articles at a time so that
	 * changes are never held up for long.
	 */
	public void precomputeAll() {
		for (int from = 0; from < guard.read(catalogue::slots); from += 512) {
			int start = from;
			guard.read(() -> {
				for (int slot = start; slot < Math.min(start + 512, catalogue.slots()); slot++) {
					if (catalogue.card(slot) != null) {
						stored(slot);
					}
				}
				return null;
			});
		}
	}

	/** Recomputes every stored list with the current weights, for tests. */
	void recomputeAll() {
		guard.write(() -> tops = new TopList[catalogue.slots()]);
		precomputeAll();
	}

	/**
	 * The stored list of {@code slot}, computed now if it was not yet. Under the read
	 * lock: two readers may compute the same list at once, and store equal values.
	 */
	private TopList stored(int slot) {
		TopList list = tops[slot];
		if (list == null) {
			list = walk.best(slot, settings.count());
			tops[slot] = list;
		}
		return list;
	}

	private void reweighAndRecompute() {
		catalogue.reweigh();
		tops = new TopList[catalogue.slots()];
	}

	/** The stored lists, by article slug, for tests comparing them with a recompute. */
	Map<String, List<Long>> stored() {
		return guard.read(() -> {
			Map<String, List<Long>> all = new HashMap<>();
			slotBySlug.forEach((slug, slot) -> all.put(slug,
					Arrays.stream(stored(slot).slots()).mapToObj(s -> catalogue.card(s).id()).toList()));
			return all;
		});
	}

	private void changed(BitSet affected, int gone, int added) {
		int size = catalogue.size();
		if (Math.abs(size - catalogue.weighedAt()) * 10 > catalogue.weighedAt()) {
			reweighAndRecompute();
			return;
		}
		if (tops.length < catalogue.slots()) {
			tops = Arrays.copyOf(tops, Math.max(catalogue.slots(), tops.length * 2));
		}
		if (gone >= 0) {
			tops[gone] = null;
		}
		if (added >= 0) {
			tops[added] = walk.best(added, settings.count());
		}
		TopUpdate update = new TopUpdate(catalogue, walk, settings.count());
		for (int slot = affected.nextSetBit(0); slot >= 0; slot = affected.nextSetBit(slot + 1)) {
			if (slot != gone && slot != added && tops[slot] != null) {
				tops[slot] = update.apply(slot, tops[slot], gone, added);
			}
		}
	}

	/** Adds every article sharing a tag with the one in {@code slot}. */
	private void sharing(int slot, BitSet into) {
		for (int tag : catalogue.tags(slot)) {
			IntList posting = catalogue.posting(tag);
			for (int i = 0; i < posting.size(); i++) {
				into.set(posting.get(i));
			}
		}
	}

	/** Whether every pair score and order involving the article stays as it was. */
	private static boolean scoresAlike(ArticleCard old, ArticleCard card) {
		return old.slug().equals(card.slug()) && old.publishedAt().equals(card.publishedAt())
				&& old.categorySlug().equals(card.categorySlug())
				&& old.tags()
					.stream()
					.map(TagRef::slug)
					.toList()
					.equals(card.tags().stream().map(TagRef::slug).toList())
				&& Objects.equals(old.contentWarning(), card.contentWarning())
				&& old.contentNotes()
					.stream()
					.map(ContentNote::slug)
					.toList()
					.equals(card.contentNotes().stream().map(ContentNote::slug).toList());
	}

	private void fill(ArticleCard source, List<Suggestion> top, int limit) {
		Set<Long> taken = new HashSet<>();
		top.forEach(s -> taken.add(s.card().id()));
		for (ArticleCard candidate : byCategory.getOrDefault(source.categorySlug(), new TreeSet<>(NEWEST_FIRST))) {
			if (top.size() >= limit) {
				return;
			}
			if (candidate.id() != source.id() && !taken.contains(candidate.id())
					&& RelatedScorer.mayAppearUnder(source, candidate)) {
				top.add(new Suggestion(candidate, 0, List.of(), true));
			}
		}
	}

	private int add(ArticleCard card) {
		Integer existing = catalogue.slotOf(card.id());
		if (existing != null) {
			drop(existing);
		}
		int slot = catalogue.add(card);
		slotBySlug.put(card.slug(), slot);
		byCategory.computeIfAbsent(card.categorySlug(), k -> new TreeSet<>(NEWEST_FIRST)).add(card);
		return slot;
	}

	private void drop(int slot) {
		ArticleCard old = catalogue.card(slot);
		slotBySlug.remove(old.slug(), slot);
		TreeSet<ArticleCard> inCategory = byCategory.get(old.categorySlug());
		if (inCategory != null) {
			inCategory.remove(old);
		}
		catalogue.remove(slot);
	}

}
