package org.haven.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.haven.article.ArticleCard;
import org.junit.jupiter.api.Test;

/**
 * Related reading respects content notes: an article with notes is suggested only under
 * one whose notes include all of them, by shared tags and as a fill-in from the category
 * alike, and never under an article without notes.
 */
class ContentNoteRuleUnitTest {

	static final ArticleCard PLAIN = Cards.published(1, "plain", "depression", "2026-03-01", "low-mood", "sleep");

	static final ArticleCard SUICIDE = Cards.noted(2, "suicide", "depression", "2026-02-01", List.of("suicide"),
			"low-mood", "sleep");

	static final ArticleCard BOTH = Cards.noted(3, "both", "depression", "2026-02-02", List.of("self-harm", "suicide"),
			"low-mood");

	static final ArticleCard SELF_HARM = Cards.noted(4, "self-harm", "depression", "2026-02-03", List.of("self-harm"),
			"sleep");

	// no shared tag: could only be a fill-in from the same category
	static final ArticleCard NOTED_FILL = Cards.noted(5, "noted-fill", "depression", "2026-02-04", List.of("suicide"),
			"elsewhere");

	static final ArticleCard PLAIN_FILL = Cards.published(6, "plain-fill", "depression", "2026-01-04", "other");

	RelatedIndex index() {
		RelatedIndex index = new RelatedIndex(new RelatedProperties(10, 0, 1.0, 0.05, true));
		index.rebuild(List.of(PLAIN, SUICIDE, BOTH, SELF_HARM, NOTED_FILL, PLAIN_FILL));
		return index;
	}

	@Test
	void anArticleWithoutNotesIsNeverFollowedByOneWithNotesNeitherByTagsNorAsAFillIn() {
		assertThat(slugs(index().topFor("plain", 10))).containsExactly("plain-fill");
	}

	@Test
	void anArticleWithNotesMayBeSuggestedUnderOneWhoseNotesIncludeAllOfThem() {
		assertThat(slugs(index().topFor("both", 10))).contains("suicide", "self-harm", "noted-fill", "plain");
		assertThat(slugs(index().topFor("suicide", 10))).contains("noted-fill", "plain")
			.doesNotContain("both", "self-harm");
		assertThat(slugs(index().topFor("self-harm", 10))).doesNotContain("both", "suicide", "noted-fill");
	}

	@Test
	void theRuleItself() {
		assertThat(RelatedScorer.mayAppearUnder(PLAIN, SUICIDE)).isFalse();
		assertThat(RelatedScorer.mayAppearUnder(BOTH, SUICIDE)).isTrue();
		assertThat(RelatedScorer.mayAppearUnder(SUICIDE, BOTH)).isFalse();
		assertThat(RelatedScorer.mayAppearUnder(SUICIDE, PLAIN)).isTrue();
		assertThat(RelatedScorer.mayAppearUnder(PLAIN,
				Cards.warned(7, "warned", "depression", "2026-01-01", "This article discusses self-harm.", "sleep")))
			.as("the free-text warning rule still holds")
			.isFalse();
	}

	private static List<String> slugs(List<Suggestion> suggestions) {
		return suggestions.stream().map(s -> s.card().slug()).toList();
	}

}
