package org.haven.related;

import java.util.Arrays;

import org.haven.article.ArticleCard;

/**
 * Finds one article's best candidates by tag overlap, exactly as scoring every article
 * sharing a tag would rank them, without doing so: tags are walked rarest first, each new
 * candidate is scored at once from its own few tags, and the walk stops as soon as no
 * article that shares only the remaining (commoner) tags could beat the current last
 * place. On a large site that leaves the long posting lists of the commonest tags unread.
 * Stateless, so any number of threads may walk at once: a candidate met before is
 * recognised by carrying a tag already walked.
 */
final class TopWalk {

	private final Catalogue catalogue;

	private final RelatedProperties settings;

	private final RelatedScorer scorer;

	TopWalk(Catalogue catalogue, RelatedProperties settings) {
		this.catalogue = catalogue;
		this.settings = settings;
		this.scorer = new RelatedScorer(settings);
	}

	TopList best(int source, int limit) {
		int[] sourceTags = catalogue.tags(source);
		double sourceWeight = catalogue.weight(source);
		if (sourceTags.length == 0 || sourceWeight == 0 || limit <= 0) {
			return TopList.EMPTY;
		}
		int[] rarestFirst = Arrays.stream(sourceTags)
			.boxed()
			.sorted((x, y) -> Double.compare(catalogue.tagWeight(y), catalogue.tagWeight(x)))
			.mapToInt(Integer::intValue)
			.toArray();
		ArticleCard sourceCard = catalogue.card(source);
		TopList top = TopList.EMPTY;
		double remaining = sourceWeight;
		for (int walked = 0; walked < rarestFirst.length; walked++) {
			int tag = rarestFirst[walked];
			double bestPossible = settings.tagWeight() * remaining / sourceWeight + settings.categoryBonus();
			if (top.size() == limit && bestPossible < top.scores()[limit - 1] - RelatedScorer.TIE) {
				break;
			}
			IntList posting = catalogue.posting(tag);
			for (int i = 0, n = posting.size(); i < n; i++) {
				int candidate = posting.get(i);
				if (candidate == source || carriesAny(catalogue.tags(candidate), rarestFirst, walked)) {
					continue;
				}
				double score = score(source, candidate);
				if (!scorer.qualifies(score)
						|| top.size() == limit && score < top.scores()[limit - 1] - RelatedScorer.TIE
						|| !RelatedScorer.mayAppearUnder(sourceCard, catalogue.card(candidate))) {
					continue;
				}
				int at = position(top, candidate, score);
				if (at < limit) {
					top = top.with(at, candidate, score, limit);
				}
			}
			remaining -= catalogue.tagWeight(tag);
		}
		return top;
	}

	/** Whether {@code tags} hold one of the first {@code count} of {@code walked}. */
	private static boolean carriesAny(int[] tags, int[] walked, int count) {
		for (int i = 0; i < count; i++) {
			if (Arrays.binarySearch(tags, walked[i]) >= 0) {
				return true;
			}
		}
		return false;
	}

	boolean qualifies(double score) {
		return scorer.qualifies(score);
	}

	/**
	 * Where {@code candidate} goes in {@code top}: after every entry that ranks before it
	 * or level with it.
	 */
	int position(TopList top, int candidate, double score) {
		int at = 0;
		while (at < top.size() && compare(top.slots()[at], top.scores()[at], candidate, score) <= 0) {
			at++;
		}
		return at;
	}

	/** {@link RelatedScorer#order()} on slots: higher score, then newer, then slug. */
	int compare(int x, double xScore, int y, double yScore) {
		if (Math.abs(xScore - yScore) > RelatedScorer.TIE) {
			return Double.compare(yScore, xScore);
		}
		ArticleCard a = catalogue.card(x);
		ArticleCard b = catalogue.card(y);
		int byDate = b.publishedAt().compareTo(a.publishedAt());
		return byDate != 0 ? byDate : a.slug().compareTo(b.slug());
	}

	/**
	 * {@link RelatedScorer#score} on slots, with the catalogue's weights: symmetric,
	 * since both tag lists are sorted and summed in the same order.
	 */
	double score(int source, int candidate) {
		int[] a = catalogue.tags(source);
		int[] b = catalogue.tags(candidate);
		double shared = 0;
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				shared += catalogue.tagWeight(a[i]);
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		if (shared == 0) {
			return 0;
		}
		double union = catalogue.weight(source) + catalogue.weight(candidate) - shared;
		return settings.tagWeight() * shared / union
				+ (catalogue.category(source) == catalogue.category(candidate) ? settings.categoryBonus() : 0);
	}

}
