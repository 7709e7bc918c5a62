package org.haven.related;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import org.haven.article.ArticleCard;
import org.haven.taxonomy.TagRef;

/**
 * The published articles by tag (an inverted index) and by category, kept in memory and
 * changed one article at a time. Suggestions for one article walk only the posting lists
 * of its own tags, never the whole collection. Thread-safe; usable without Spring:
 * {@code new RelatedIndex(RelatedProperties.defaults())}, {@link #rebuild},
 * {@link #topFor}.
 */
public final class RelatedIndex {

	private static final Comparator<ArticleCard> NEWEST_FIRST = Comparator.comparing(ArticleCard::publishedAt)
		.reversed()
		.thenComparing(ArticleCard::slug);

	private final RelatedScorer scorer;

	private final RelatedProperties settings;

	private final ReadWriteGuard guard = new ReadWriteGuard();

	private final Map<Long, ArticleCard> byId = new HashMap<>();

	private final Map<String, Long> idBySlug = new HashMap<>();

	private final Map<String, Set<Long>> postings = new HashMap<>();

	private final Map<String, TreeSet<ArticleCard>> byCategory = new HashMap<>();

	public RelatedIndex(RelatedProperties settings) {
		this.settings = settings;
		this.scorer = new RelatedScorer(settings);
	}

	/** Replaces the whole index with {@code published}, in one pass over their tags. */
	public void rebuild(Collection<ArticleCard> published) {
		guard.write(() -> {
			byId.clear();
			idBySlug.clear();
			postings.clear();
			byCategory.clear();
			published.forEach(this::add);
		});
	}

	/**
	 * Adds or replaces one published article (its slug, tags or category may have
	 * changed).
	 */
	public void put(ArticleCard card) {
		guard.write(() -> add(card));
	}

	/** Forgets an article that readers can no longer see. */
	public void remove(long id) {
		guard.write(() -> drop(id));
	}

	public boolean contains(String slug) {
		return guard.read(() -> idBySlug.containsKey(slug));
	}

	public int size() {
		return guard.read(byId::size);
	}

	/**
	 * Up to {@code limit} suggestions for the article {@code slug}: the best by tag
	 * overlap above the minimum score, then, if allowed, fill-ins from its category,
	 * newest first. Empty for an article that is not in the index.
	 */
	public List<Suggestion> topFor(String slug, int limit) {
		return guard.read(() -> {
			Long id = idBySlug.get(slug);
			if (id == null || limit <= 0) {
				return List.<Suggestion>of();
			}
			ArticleCard source = byId.get(id);
			List<Suggestion> top = best(source, limit);
			if (settings.fillFromCategory() && top.size() < limit) {
				fill(source, top, limit);
			}
			return List.copyOf(top);
		});
	}

	/**
	 * The best {@code limit} candidates, exactly as scoring every article sharing a tag
	 * would rank them, without doing so: tags are walked rarest first, each new candidate
	 * is scored at once from its own few tags, and the walk stops as soon as no article
	 * that shares only the remaining (commoner) tags could beat the current last place.
	 * On a large site that leaves the long posting lists of the commonest tags unread.
	 */
	private List<Suggestion> best(ArticleCard source, int limit) {
		int documents = byId.size();
		Map<String, Double> idfs = new HashMap<>();
		ToDoubleFunction<String> idf = tag -> idfs.computeIfAbsent(tag,
				t -> RelatedScorer.idf(documents, postings.getOrDefault(t, Set.of()).size()));
		Set<String> sourceTags = RelatedScorer.slugs(source);
		List<String> rarestFirst = new ArrayList<>(sourceTags);
		rarestFirst.sort(Comparator.comparingDouble(idf::applyAsDouble).reversed().thenComparing(t -> t));
		double sourceWeight = 0;
		for (String tag : rarestFirst) {
			sourceWeight += idf.applyAsDouble(tag);
		}
		double remaining = sourceWeight;
		List<Suggestion> top = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		Comparator<Suggestion> order = RelatedScorer.order();
		for (String tag : rarestFirst) {
			double bestPossible = settings.tagWeight() * remaining / sourceWeight + settings.categoryBonus();
			if (top.size() == limit && bestPossible < top.get(limit - 1).score() - RelatedScorer.TIE) {
				break;
			}
			for (Long otherId : postings.getOrDefault(tag, Set.of())) {
				if (otherId == source.id() || !seen.add(otherId)) {
					continue;
				}
				ArticleCard candidate = byId.get(otherId);
				if (!RelatedScorer.mayAppearUnder(source, candidate)) {
					continue;
				}
				double score = quickScore(source, sourceTags, sourceWeight, candidate, idf);
				if (!scorer.qualifies(score)
						|| top.size() == limit && score < top.get(limit - 1).score() - RelatedScorer.TIE) {
					continue;
				}
				Suggestion suggestion = new Suggestion(candidate, score, sharedTags(sourceTags, candidate), false);
				if (top.size() < limit || order.compare(suggestion, top.get(limit - 1)) < 0) {
					int at = 0;
					while (at < top.size() && order.compare(top.get(at), suggestion) <= 0) {
						at++;
					}
					top.add(at, suggestion);
					if (top.size() > limit) {
						top.remove(limit);
					}
				}
			}
			remaining -= idf.applyAsDouble(tag);
		}
		// report the scorer's own figure (summed in slug order, so exactly symmetric);
		// the order is unaffected
		List<Suggestion> exact = new ArrayList<>(top.size());
		for (Suggestion s : top) {
			exact.add(new Suggestion(s.card(), scorer.score(source, s.card(), idf), s.sharedTags(), false));
		}
		exact.sort(order);
		return exact;
	}

	/**
	 * The same score as {@link RelatedScorer#score}, from the candidate's own tags
	 * without building sets.
	 */
	private double quickScore(ArticleCard source, Set<String> sourceTags, double sourceWeight, ArticleCard candidate,
			ToDoubleFunction<String> idf) {
		double shared = 0;
		double candidateWeight = 0;
		for (TagRef tag : candidate.tags()) {
			double weight = idf.applyAsDouble(tag.slug());
			candidateWeight += weight;
			if (sourceTags.contains(tag.slug())) {
				shared += weight;
			}
		}
		double union = sourceWeight + candidateWeight - shared;
		double similarity = union == 0 ? 0 : shared / union;
		return settings.tagWeight() * similarity
				+ (source.categorySlug().equals(candidate.categorySlug()) ? settings.categoryBonus() : 0);
	}

	private static List<TagRef> sharedTags(Set<String> sourceTags, ArticleCard candidate) {
		return candidate.tags().stream().filter(t -> sourceTags.contains(t.slug())).toList();
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

	private void add(ArticleCard card) {
		drop(card.id());
		byId.put(card.id(), card);
		idBySlug.put(card.slug(), card.id());
		RelatedScorer.slugs(card).forEach(tag -> postings.computeIfAbsent(tag, k -> new HashSet<>()).add(card.id()));
		byCategory.computeIfAbsent(card.categorySlug(), k -> new TreeSet<>(NEWEST_FIRST)).add(card);
	}

	private void drop(long id) {
		ArticleCard old = byId.remove(id);
		if (old == null) {
			return;
		}
		idBySlug.remove(old.slug(), id);
		for (String tag : RelatedScorer.slugs(old)) {
			Set<Long> ids = postings.get(tag);
			if (ids != null && ids.remove(id) && ids.isEmpty()) {
				postings.remove(tag);
			}
		}
		TreeSet<ArticleCard> inCategory = byCategory.get(old.categorySlug());
		if (inCategory != null) {
			inCategory.remove(old);
		}
	}

}
