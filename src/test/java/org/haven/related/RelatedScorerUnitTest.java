package org.haven.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import org.haven.article.ArticleCard;
import org.haven.taxonomy.TagRef;
import org.junit.jupiter.api.Test;

/**
 * Properties of the scorer checked over many randomly generated sites (fixed seed, so
 * failures repeat).
 */
class RelatedScorerUnitTest {

	static final String[] TAGS = { "anxiety", "panic", "sleep", "cbt", "grief", "work", "stress", "habits", "mood",
			"breathing", "boundaries", "loneliness" };

	static final String[] CATEGORIES = { "anxiety", "depression", "workplace" };

	final RelatedScorer scorer = new RelatedScorer(new RelatedProperties(5, 0, 1.0, 0.2, true));

	@Test
	void similarityIsSymmetricBoundedAndOneForIdenticalTags() {
		Random random = new Random(20261123);
		for (int site = 0; site < 200; site++) {
			List<ArticleCard> cards = randomSite(random, 2 + random.nextInt(30));
			ToDoubleFunction<String> idf = idfOf(cards);
			for (ArticleCard a : cards) {
				for (ArticleCard b : cards) {
					double ab = RelatedScorer.similarity(RelatedScorer.slugs(a), RelatedScorer.slugs(b), idf);
					double ba = RelatedScorer.similarity(RelatedScorer.slugs(b), RelatedScorer.slugs(a), idf);
					assertThat(ab).isEqualTo(ba).isBetween(0.0, 1.0);
					assertThat(scorer.score(a, b, idf)).isEqualTo(scorer.score(b, a, idf));
					if (a.categorySlug().equals(b.categorySlug())) {
						assertThat(scorer.score(a, b, idf)).isEqualTo(ab + 0.2);
					}
					if (!RelatedScorer.slugs(a).isEmpty() && RelatedScorer.slugs(a).equals(RelatedScorer.slugs(b))) {
						assertThat(ab).isEqualTo(1.0);
					}
				}
			}
		}
	}

	@Test
	void theIndexScoresEachPairTheSameWayRound() {
		Random random = new Random(7);
		for (int site = 0; site < 50; site++) {
			List<ArticleCard> cards = randomSite(random, 2 + random.nextInt(25));
			RelatedIndex index = new RelatedIndex(new RelatedProperties(100, 0, 1.0, 0.2, false));
			index.rebuild(cards);
			Map<String, Map<String, Double>> scores = new HashMap<>();
			for (ArticleCard card : cards) {
				Map<String, Double> mine = new HashMap<>();
				index.topFor(card.slug(), 100).forEach(s -> mine.put(s.card().slug(), s.score()));
				scores.put(card.slug(), mine);
			}
			scores.forEach((a, related) -> related.forEach((b, score) -> {
				assertThat(scores.get(b)).containsKey(a);
				assertThat(scores.get(b).get(a)).isEqualTo(score);
			}));
		}
	}

	@Test
	void idfFallsAsATagGetsMoreCommon() {
		assertThat(RelatedScorer.idf(100, 1)).isGreaterThan(RelatedScorer.idf(100, 10))
			.isGreaterThan(RelatedScorer.idf(100, 100));
		assertThat(RelatedScorer.idf(100, 100)).isEqualTo(Math.log(2));
	}

	static List<ArticleCard> randomSite(Random random, int size) {
		List<ArticleCard> cards = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			List<TagRef> tags = new ArrayList<>();
			int count = random.nextInt(6);
			for (int t = 0; t < count; t++) {
				String tag = TAGS[random.nextInt(TAGS.length)];
				if (tags.stream().noneMatch(r -> r.slug().equals(tag))) {
					tags.add(new TagRef(tag, tag));
				}
			}
			Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * random.nextInt(300));
			cards.add(new ArticleCard(i + 1, "article-" + i, "Article " + i, "", CATEGORIES[random.nextInt(3)], "",
					null, at, at, 3, tags, false, null, List.of()));
		}
		return cards;
	}

	static ToDoubleFunction<String> idfOf(List<ArticleCard> cards) {
		Map<String, Integer> df = new HashMap<>();
		cards.forEach(c -> RelatedScorer.slugs(c).forEach(t -> df.merge(t, 1, Integer::sum)));
		return tag -> RelatedScorer.idf(cards.size(), df.getOrDefault(tag, 0));
	}

}
