package org.haven.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.haven.article.ArticleCard;
import org.junit.jupiter.api.Test;

/**
 * The index stops walking posting lists once nothing unseen can beat the current last
 * place. This checks, on random sites with a few very common tags and many rare ones,
 * that the result is exactly what scoring every article gives.
 */
class RelatedIndexPruningUnitTest {

	@Test
	void pruningNeverChangesTheTopFive() {
		RelatedProperties settings = new RelatedProperties(5, 0.1, 1.0, 0.1, false);
		Random random = new Random(7);
		for (int site = 0; site < 20; site++) {
			List<ArticleCard> cards = RandomSites.generate(random, 120 + random.nextInt(200));
			RelatedIndex index = new RelatedIndex(settings);
			index.rebuild(cards);
			for (ArticleCard source : cards) {
				assertThat(slugs(index.topFor(source.slug(), 5))).as("site %d, %s", site, source.slug())
					.isEqualTo(slugs(bruteForce(settings, cards, source)));
			}
		}
	}

	private static List<Suggestion> bruteForce(RelatedProperties settings, List<ArticleCard> cards,
			ArticleCard source) {
		RelatedScorer scorer = new RelatedScorer(settings);
		Map<String, Integer> documentFrequency = new HashMap<>();
		cards.forEach(c -> RelatedScorer.slugs(c).forEach(t -> documentFrequency.merge(t, 1, Integer::sum)));
		List<Suggestion> all = new ArrayList<>();
		for (ArticleCard candidate : cards) {
			Set<String> shared = new LinkedHashSet<>(RelatedScorer.slugs(candidate));
			shared.retainAll(RelatedScorer.slugs(source));
			if (candidate.id() == source.id() || shared.isEmpty() || !RelatedScorer.mayAppearUnder(source, candidate)) {
				continue;
			}
			double score = scorer.score(source, candidate,
					tag -> RelatedScorer.idf(cards.size(), documentFrequency.get(tag)));
			if (scorer.qualifies(score)) {
				all.add(new Suggestion(candidate, score, List.of(), false));
			}
		}
		all.sort(RelatedScorer.order());
		return all.subList(0, Math.min(5, all.size()));
	}

	private static List<String> slugs(List<Suggestion> suggestions) {
		return suggestions.stream().map(s -> s.card().slug()).toList();
	}

}
