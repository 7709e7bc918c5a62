package org.haven.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.haven.article.ArticleCard;
import org.haven.taxonomy.TagRef;
import org.junit.jupiter.api.Test;

/**
 * A hand-made site of 11 published articles whose expected order is worked out here by
 * hand. Document frequencies (N = 11): rare 3 (source, rare-match, warned), common 5
 * (source, many-tags, common-elsewhere, common-same-category, warned), mid 6 (source,
 * many-tags, tie-newer, tie-a, tie-b, warned), every other tag 1. So idf(rare) = ln(1 +
 * 11/3) = 1.5404, idf(common) = ln(1 + 11/5) = 1.1632, idf(mid) = ln(1 + 11/6) = 1.0415,
 * idf(unique tag) = ln(1 + 11) = 2.4849. The source's own tags weigh 1.5404 + 1.1632 +
 * 1.0415 = 3.7451.
 */
class RelatedIndexUnitTest {

	static final ArticleCard SOURCE = Cards.published(1, "source", "anxiety", "2026-03-01", "rare", "common", "mid");

	// shares only the rare tag: 1.5404 / 3.7451 = 0.4113
	static final ArticleCard RARE = Cards.published(2, "rare-match", "work", "2026-01-01", "rare");

	// shares common and mid, but its two own tags join the union:
	// (1.1632 + 1.0415) / (3.7451 + 2 × 2.4849) = 2.2047 / 8.7149 = 0.2530
	static final ArticleCard MANY = Cards.published(3, "many-tags", "work", "2026-01-02", "common", "mid", "u1", "u2");

	// shares the common tag: 1.1632 / 3.7451 = 0.3106
	static final ArticleCard COMMON = Cards.published(4, "common-elsewhere", "work", "2026-01-03", "common");

	// the same, plus the same-category bonus (0.05 in these settings): 0.3106 + 0.05 =
	// 0.3606
	static final ArticleCard COMMON_SAME = Cards.published(5, "common-same-category", "anxiety", "2026-01-03",
			"common");

	// three articles sharing only mid: 1.0415 / 3.7451 = 0.2781 each; newer first, then
	// by slug
	static final ArticleCard TIE_NEWER = Cards.published(6, "tie-newer", "work", "2026-02-05", "mid");

	static final ArticleCard TIE_A = Cards.published(7, "tie-a", "work", "2026-02-01", "mid");

	static final ArticleCard TIE_B = Cards.published(8, "tie-b", "work", "2026-02-01", "mid");

	// would score highest of all (every tag shared), but carries a warning the source
	// does not
	static final ArticleCard WARNED = Cards.warned(9, "warned", "anxiety", "2026-02-25",
			"This article discusses self-harm.", "rare", "common", "mid");

	// no shared tag: only ever a fill-in from the source's category, newest first
	static final ArticleCard FILL_NEWER = Cards.published(10, "fill-newer", "anxiety", "2026-02-20", "lonely");

	static final ArticleCard FILL_OLDER = Cards.published(11, "fill-older", "anxiety", "2025-12-01", "other");

	static final List<ArticleCard> SITE = List.of(SOURCE, RARE, MANY, COMMON, COMMON_SAME, TIE_NEWER, TIE_A, TIE_B,
			WARNED, FILL_NEWER, FILL_OLDER);

	RelatedIndex index(double minScore) {
		RelatedIndex index = new RelatedIndex(new RelatedProperties(5, minScore, 1.0, 0.05, true));
		index.rebuild(SITE);
		return index;
	}

	@Test
	void ranksByWeightedOverlapThenDateThenSlugAndFillsFromTheCategory() {
		List<Suggestion> related = index(0).topFor("source", 20);

		// 0.4113, 0.3606, 0.3106, 0.2781 ×3 (by date, then slug), 0.2530, then the two
		// fill-ins newest first
		assertThat(related).extracting(s -> s.card().slug())
			.containsExactly("rare-match", "common-same-category", "common-elsewhere", "tie-newer", "tie-a", "tie-b",
					"many-tags", "fill-newer", "fill-older");
		assertThat(related.get(0).score()).isCloseTo(0.4113, within(1e-4));
		assertThat(related.get(1).score()).isCloseTo(0.3606, within(1e-4));
		assertThat(related.get(2).score()).isCloseTo(0.3106, within(1e-4));
		assertThat(related.get(3).score()).isCloseTo(0.2781, within(1e-4));
		assertThat(related.get(6).score()).isCloseTo(0.2530, within(1e-4));
	}

	@Test
	void aRareSharedTagBeatsACommonOne() {
		List<String> order = slugs(index(0).topFor("source", 20));

		assertThat(order.indexOf("rare-match")).isLessThan(order.indexOf("common-elsewhere"));
	}

	@Test
	void anArticleWithManyTagsDoesNotWinByCountAlone() {
		List<Suggestion> related = index(0).topFor("source", 20);

		Suggestion many = related.stream().filter(s -> s.card().slug().equals("many-tags")).findFirst().orElseThrow();
		assertThat(many.sharedTags()).extracting(TagRef::slug).containsExactly("common", "mid");
		assertThat(slugs(related).indexOf("many-tags")).isGreaterThan(slugs(related).indexOf("tie-b"));
	}

	@Test
	void theSameCategoryEarnsTheBonus() {
		List<Suggestion> related = index(0).topFor("source", 20);

		assertThat(related.get(1).card()).isEqualTo(COMMON_SAME);
		assertThat(related.get(1).score() - related.get(2).score()).isCloseTo(0.05, within(1e-9));
	}

	@Test
	void dropsCandidatesBelowTheMinimumAndMarksFillIns() {
		// minimum 0.3 keeps 0.4113, 0.3606 and 0.3106; two more come from "anxiety",
		// newest first, skipping the
		// source itself, the already chosen common-same-category and the warned article
		List<Suggestion> related = index(0.3).topFor("source", 5);

		assertThat(related).extracting(s -> s.card().slug(), Suggestion::fillIn)
			.containsExactly(tuple("rare-match", false), tuple("common-same-category", false),
					tuple("common-elsewhere", false), tuple("fill-newer", true), tuple("fill-older", true));
		assertThat(related.get(3).sharedTags()).isEmpty();
	}

	@Test
	void neverSuggestsTheArticleItselfNorAWarnedArticleUnderOneWithoutThatWarning() {
		List<String> order = slugs(index(0).topFor("source", 20));

		assertThat(order).doesNotContain("source", "warned");
	}

	@Test
	void suggestsAWarnedArticleOnlyUnderTheSameWarning() {
		ArticleCard sameWarning = Cards.warned(20, "same-warning", "anxiety", "2026-01-01",
				"This article discusses self-harm.", "rare");
		ArticleCard otherWarning = Cards.warned(21, "other-warning", "anxiety", "2026-01-01",
				"This article discusses eating disorders.", "rare");
		RelatedIndex index = new RelatedIndex(new RelatedProperties(5, 0, 1.0, 0.05, true));
		index.rebuild(List.of(WARNED, sameWarning, otherWarning, SOURCE));

		assertThat(slugs(index.topFor("same-warning", 10))).contains("warned", "source")
			.doesNotContain("other-warning");
		assertThat(slugs(index.topFor("warned", 10))).contains("same-warning").doesNotContain("other-warning");
		assertThat(slugs(index.topFor("source", 10))).isEmpty();
	}

	@Test
	void forgetsAWithdrawnArticleAndFollowsAnUpdatedOne() {
		RelatedIndex index = index(0);

		index.remove(RARE.id());
		index.put(Cards.published(4, "common-elsewhere", "work", "2026-01-03", "lonely"));

		assertThat(slugs(index.topFor("source", 20))).doesNotContain("rare-match", "common-elsewhere");
		assertThat(index.topFor("rare-match", 5)).isEmpty();
		assertThat(index.contains("rare-match")).isFalse();
		assertThat(index.size()).isEqualTo(SITE.size() - 1);
	}

	@Test
	void givesNothingForAnUnknownArticle() {
		assertThat(index(0).topFor("no-such-article", 5)).isEmpty();
	}

	private static List<String> slugs(List<Suggestion> suggestions) {
		return suggestions.stream().map(s -> s.card().slug()).toList();
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
