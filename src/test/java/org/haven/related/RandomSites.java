package org.haven.related;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.haven.article.ArticleCard;

/**
 * Random sites with a few very common tags and many rare ones, one article in 25 with a
 * content warning, for tests that compare the index with a slower way to the same answer.
 */
final class RandomSites {

	private static final String[] CATEGORIES = { "anxiety", "therapy", "growth" };

	private RandomSites() {
	}

	static List<ArticleCard> generate(Random random, int size) {
		List<ArticleCard> cards = new ArrayList<>();
		for (int id = 1; id <= size; id++) {
			cards.add(article(random, id, "a-" + id));
		}
		return cards;
	}

	/** One random article with the given id and slug. */
	static ArticleCard article(Random random, long id, String slug) {
		Set<String> tags = new LinkedHashSet<>();
		int count = 1 + random.nextInt(5);
		while (tags.size() < count) {
			// squaring skews the draw: tag-0 and tag-1 are on most articles, tag-39 on
			// very few
			double u = random.nextDouble();
			tags.add("tag-" + (int) (40 * u * u * u));
		}
		String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
		String day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(30)).toString();
		return random.nextInt(25) == 0
				? Cards.warned(id, slug, category, day, "Mentions loss.", tags.toArray(String[]::new))
				: Cards.published(id, slug, category, day, tags.toArray(String[]::new));
	}

}
