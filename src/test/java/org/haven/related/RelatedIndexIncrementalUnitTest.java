package org.haven.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.haven.article.ArticleCard;
import org.junit.jupiter.api.Test;

/**
 * A publish, edit or withdrawal changes only the stored lists of the articles sharing a
 * tag with the article. This checks, on random sites and random changes, that the lists
 * it leaves are exactly what recomputing every article's list gives.
 */
class RelatedIndexIncrementalUnitTest {

	@Test
	void storedListsEqualAFullRecomputeAfterEveryChange() {
		RelatedProperties settings = new RelatedProperties(5, 0.1, 1.0, 0.1, false);
		Random random = new Random(11);
		for (int site = 0; site < 10; site++) {
			List<ArticleCard> cards = new ArrayList<>(RandomSites.generate(random, 200 + random.nextInt(200)));
			RelatedIndex index = new RelatedIndex(settings);
			index.rebuild(cards);
			index.precomputeAll();
			long nextId = cards.size() + 1;
			for (int change = 0; change < 60; change++) {
				int pick = random.nextInt(cards.size());
				ArticleCard target = cards.get(pick);
				switch (random.nextInt(4)) {
					case 0 -> {
						ArticleCard fresh = RandomSites.article(random, nextId, "new-" + nextId++);
						cards.add(fresh);
						index.put(fresh);
					}
					case 1 -> {
						// the same article with other tags, category and date
						ArticleCard edited = RandomSites.article(random, target.id(), target.slug());
						cards.set(pick, edited);
						index.put(edited);
					}
					case 2 -> {
						ArticleCard retitled = new ArticleCard(target.id(), target.slug(), "Retitled", "New summary",
								target.categorySlug(), target.categoryName(), null, target.publishedAt(),
								target.updatedAt(), 3, target.tags(), false, target.contentWarning(),
								target.contentNotes());
						cards.set(pick, retitled);
						index.put(retitled);
					}
					default -> {
						cards.remove(pick);
						index.remove(target.id());
					}
				}
				Map<String, List<Long>> incremental = index.stored();
				index.recomputeAll();
				assertThat(incremental).as("site %d, change %d", site, change).isEqualTo(index.stored());
			}
			assertThat(index.topFor(cards.get(0).slug(), 5)).allSatisfy(s -> assertThat(cards).contains(s.card()));
		}
	}

}
