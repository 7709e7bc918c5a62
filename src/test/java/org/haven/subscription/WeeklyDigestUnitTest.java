package org.haven.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.haven.article.ArticleCard;
import org.haven.article.AuthorView;
import org.haven.taxonomy.TagRef;
import org.junit.jupiter.api.Test;

/**
 * The digest picks an article for a reader when any of its categories, tags or author
 * matches.
 */
class WeeklyDigestUnitTest {

	static final ArticleCard CARD = new ArticleCard(1, "two-categories", "Two categories", "Summary", "growth",
			"Growth", new AuthorView("maya-okafor", "Maya Okafor", null, null, ""), Instant.EPOCH, Instant.EPOCH, 3,
			List.of(new TagRef("sleep", "Sleep")), false, null, List.of());

	static final List<String> CATEGORIES = List.of("growth", "mindfulness");

	@Test
	void anyCategoryTagOrAuthorOfTheArticleMatches() {
		assertThat(WeeklyDigest.follows(Set.of(new Topic(Topic.Kind.CATEGORY, "mindfulness")), CARD, CATEGORIES))
			.as("the second category")
			.isTrue();
		assertThat(WeeklyDigest.follows(Set.of(new Topic(Topic.Kind.TAG, "sleep")), CARD, CATEGORIES)).isTrue();
		assertThat(WeeklyDigest.follows(Set.of(new Topic(Topic.Kind.AUTHOR, "maya-okafor")), CARD, CATEGORIES))
			.isTrue();
		assertThat(WeeklyDigest.follows(Set.of(), CARD, CATEGORIES)).as("the whole site").isTrue();
	}

	@Test
	void topicsTheArticleDoesNotHaveDoNotMatch() {
		assertThat(WeeklyDigest.follows(
				Set.of(new Topic(Topic.Kind.CATEGORY, "workplace"), new Topic(Topic.Kind.TAG, "grief")), CARD,
				CATEGORIES))
			.isFalse();
	}

}
