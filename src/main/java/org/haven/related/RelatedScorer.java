package org.haven.related;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import org.haven.article.ArticleCard;
import org.haven.taxonomy.TagRef;
import org.jspecify.annotations.Nullable;

/**
 * Scores how related two articles are, as a pure function of their tags, categories and
 * the tag frequencies:
 * {@code tagWeight × Σ idf(shared) ÷ Σ idf(union) + categoryBonus (same primary category)},
 * with {@code idf(t) = ln(1 + N / df(t))}, so a rare shared tag counts more than a common
 * one and an article does not win by carrying many tags (its extra tags enlarge the
 * union).
 */
public final class RelatedScorer {

	/**
	 * Scores closer than this are a tie, so floating-point noise never decides an order.
	 */
	static final double TIE = 1e-9;

	private final RelatedProperties settings;

	public RelatedScorer(RelatedProperties settings) {
		this.settings = settings;
	}

	public static double idf(int documents, int documentFrequency) {
		return Math.log(1 + (double) documents / Math.max(1, documentFrequency));
	}

	/**
	 * IDF-weighted Jaccard similarity of two tag sets, in [0, 1]; symmetric, summed in
	 * slug order.
	 */
	public static double similarity(Collection<String> a, Collection<String> b, ToDoubleFunction<String> idf) {
		SortedSet<String> union = new TreeSet<>(a);
		union.addAll(b);
		double shared = 0;
		double all = 0;
		for (String tag : union) {
			double weight = idf.applyAsDouble(tag);
			all += weight;
			if (a.contains(tag) && b.contains(tag)) {
				shared += weight;
			}
		}
		return all == 0 ? 0 : shared / all;
	}

	public double score(ArticleCard source, ArticleCard candidate, ToDoubleFunction<String> idf) {
		double tags = settings.tagWeight() * similarity(slugs(source), slugs(candidate), idf);
		return tags + (source.categorySlug().equals(candidate.categorySlug()) ? settings.categoryBonus() : 0);
	}

	public boolean qualifies(double score) {
		return score + TIE >= settings.minScore() && score > 0;
	}

	/**
	 * Whether {@code candidate} may be suggested under {@code source}, so no reader meets
	 * difficult material unwarned: an article with content notes only under one whose
	 * notes include all of them (never under one without notes), and an article with only
	 * a free-text content warning only under one carrying the very same warning text.
	 */
	public static boolean mayAppearUnder(ArticleCard source, ArticleCard candidate) {
		if (!candidate.contentNotes().isEmpty()) {
			return noteSlugs(source).containsAll(noteSlugs(candidate));
		}
		@Nullable String warning = candidate.contentWarning();
		return warning == null || warning.isBlank() || Objects.equals(warning, source.contentWarning());
	}

	private static Set<String> noteSlugs(ArticleCard card) {
		Set<String> slugs = new HashSet<>();
		card.contentNotes().forEach(note -> slugs.add(note.slug()));
		return slugs;
	}

	/**
	 * Higher score first, then newer, then slug: the same input always gives the same
	 * order.
	 */
	public static Comparator<Suggestion> order() {
		return (x, y) -> {
			if (Math.abs(x.score() - y.score()) > TIE) {
				return Double.compare(y.score(), x.score());
			}
			int byDate = y.card().publishedAt().compareTo(x.card().publishedAt());
			return byDate != 0 ? byDate : x.card().slug().compareTo(y.card().slug());
		};
	}

	static SortedSet<String> slugs(ArticleCard card) {
		SortedSet<String> slugs = new TreeSet<>();
		for (TagRef tag : card.tags()) {
			slugs.add(tag.slug());
		}
		return slugs;
	}

}
