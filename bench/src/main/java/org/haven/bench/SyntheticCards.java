package org.haven.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.haven.article.ArticleCard;
import org.haven.taxonomy.TagRef;

/**
 * Article cards without bodies, for index benchmarks: 7 categories, 3 to 7 tags each drawn from a Zipf-like
 * distribution over {@code tagCount} tags (so a few tags are on thousands of articles and most on a handful), dates
 * spread over ten years, and one article in fifty with a content warning. Deterministic for a seed.
 */
final class SyntheticCards {

	private static final String[] CATEGORIES = { "therapy", "anxiety", "depression", "relationships", "workplace",
			"growth", "mindfulness" };

	private SyntheticCards() {
	}

	static List<ArticleCard> generate(int count, int tagCount, long seed) {
		Random random = new Random(seed);
		double[] cumulative = new double[tagCount];
		double sum = 0;
		for (int i = 0; i < tagCount; i++) {
			sum += 1.0 / (i + 1);
			cumulative[i] = sum;
		}
		Instant start = Instant.parse("2016-01-01T00:00:00Z");
		List<ArticleCard> cards = new ArrayList<>(count);
		for (int id = 1; id <= count; id++) {
			int tags = 3 + random.nextInt(5);
			List<TagRef> refs = new ArrayList<>(tags);
			while (refs.size() < tags) {
				int tag = pick(cumulative, random.nextDouble() * sum);
				TagRef ref = new TagRef("tag-" + tag, "Tag " + tag);
				if (!refs.contains(ref)) {
					refs.add(ref);
				}
			}
			String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
			Instant published = start.plusSeconds(random.nextInt(10 * 365 * 86_400));
			cards.add(new ArticleCard(id, "article-" + id, "Article " + id, "Summary " + id, category, category, null,
					published, published, 5, List.copyOf(refs), false,
					random.nextInt(50) == 0 ? "Mentions self-harm." : null, List.of()));
		}
		return cards;
	}

	private static int pick(double[] cumulative, double target) {
		int low = 0;
		int high = cumulative.length - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (cumulative[mid] < target) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

}
