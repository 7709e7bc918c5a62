package org.haven.related;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.haven.article.ArticleCard;
import org.haven.article.TagRef;

/**
 * The published articles by tag (an inverted index) and by category, kept in memory and changed one article at a time.
 * Suggestions for one article walk only the posting lists of its own tags, never the whole collection. Thread-safe;
 * usable without Spring: {@code new RelatedIndex(RelatedProperties.defaults())}, {@link #rebuild}, {@link #topFor}.
 */
public final class RelatedIndex {

	private static final Comparator<ArticleCard> NEWEST_FIRST = Comparator.comparing(ArticleCard::publishedAt)
		.reversed()
		.thenComparing(ArticleCard::slug);

	private final RelatedScorer scorer;

	private final RelatedProperties settings;

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

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
		lock.writeLock().lock();
		try {
			byId.clear();
			idBySlug.clear();
			postings.clear();
			byCategory.clear();
			published.forEach(this::add);
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	/** Adds or replaces one published article (its slug, tags or category may have changed). */
	public void put(ArticleCard card) {
		lock.writeLock().lock();
		try {
			drop(card.id());
			add(card);
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	/** Forgets an article that readers can no longer see. */
	public void remove(long id) {
		lock.writeLock().lock();
		try {
			drop(id);
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	public boolean contains(String slug) {
		lock.readLock().lock();
		try {
			return idBySlug.containsKey(slug);
		}
		finally {
			lock.readLock().unlock();
		}
	}

	public int size() {
		lock.readLock().lock();
		try {
			return byId.size();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/**
	 * Up to {@code limit} suggestions for the article {@code slug}: the best by tag overlap above the minimum score,
	 * then, if allowed, fill-ins from its category, newest first. Empty for an article that is not in the index.
	 */
	public List<Suggestion> topFor(String slug, int limit) {
		lock.readLock().lock();
		try {
			Long id = idBySlug.get(slug);
			if (id == null || limit <= 0) {
				return List.of();
			}
			ArticleCard source = byId.get(id);
			List<Suggestion> chosen = scored(source);
			chosen.sort(RelatedScorer.order());
			List<Suggestion> top = new ArrayList<>(chosen.subList(0, Math.min(limit, chosen.size())));
			if (settings.fillFromCategory() && top.size() < limit) {
				fill(source, top, limit);
			}
			return List.copyOf(top);
		}
		finally {
			lock.readLock().unlock();
		}
	}

	private List<Suggestion> scored(ArticleCard source) {
		Map<Long, Set<String>> sharedById = new LinkedHashMap<>();
		for (TagRef tag : source.tags()) {
			for (Long other : postings.getOrDefault(tag.slug(), Set.of())) {
				if (other != source.id()) {
					sharedById.computeIfAbsent(other, k -> new HashSet<>()).add(tag.slug());
				}
			}
		}
		int documents = byId.size();
		List<Suggestion> result = new ArrayList<>();
		sharedById.forEach((otherId, shared) -> {
			ArticleCard candidate = byId.get(otherId);
			if (!RelatedScorer.mayAppearUnder(source, candidate)) {
				return;
			}
			double score = scorer.score(source, candidate,
					tag -> RelatedScorer.idf(documents, postings.getOrDefault(tag, Set.of()).size()));
			if (scorer.qualifies(score)) {
				List<TagRef> sharedTags = candidate.tags().stream().filter(t -> shared.contains(t.slug())).toList();
				result.add(new Suggestion(candidate, score, sharedTags, false));
			}
		});
		return result;
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
