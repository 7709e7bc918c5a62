package org.haven.related;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.haven.article.ArticleCard;
import org.haven.taxonomy.TagRef;
import org.jspecify.annotations.Nullable;

/**
 * The published articles in dense slots, with their tags as sorted ints, and the posting
 * list of every tag. Tag weights (idf) are taken from the document frequencies of the
 * last {@link #reweigh}, so that the score of two articles depends on those two alone and
 * a change to one article leaves every other pair's score as it was. Not thread-safe: the
 * index guards it.
 */
final class Catalogue {

	private ArticleCard[] cards = new ArticleCard[16];

	private int[][] tags = new int[16][];

	private double[] weight = new double[16];

	private int[] category = new int[16];

	private int slots;

	private final Map<Long, Integer> slotById = new HashMap<>();

	private final Map<String, Integer> tagIds = new HashMap<>();

	private final List<IntList> postings = new ArrayList<>();

	private double[] tagWeights = new double[0];

	private final Map<String, Integer> categoryIds = new HashMap<>();

	private int weighedAt;

	/** Empties the catalogue; slots are never reused until then. */
	void clear() {
		Arrays.fill(cards, 0, slots, null);
		slots = 0;
		slotById.clear();
		tagIds.clear();
		postings.clear();
		categoryIds.clear();
	}

	/** Adds a new article in a fresh slot and returns the slot. */
	int add(ArticleCard card) {
		if (slots == cards.length) {
			int grown = slots * 2;
			cards = Arrays.copyOf(cards, grown);
			tags = Arrays.copyOf(tags, grown);
			weight = Arrays.copyOf(weight, grown);
			category = Arrays.copyOf(category, grown);
		}
		int slot = slots++;
		int[] ids = card.tags().stream().map(TagRef::slug).distinct().mapToInt(this::tagId).sorted().toArray();
		for (int tag : ids) {
			postings.get(tag).add(slot);
		}
		cards[slot] = card;
		tags[slot] = ids;
		category[slot] = categoryIds.computeIfAbsent(card.categorySlug(), k -> categoryIds.size());
		weight[slot] = weightOf(ids);
		slotById.put(card.id(), slot);
		return slot;
	}

	/** Takes an article out of its tags' posting lists; its slot stays empty. */
	void remove(int slot) {
		for (int tag : tags[slot]) {
			postings.get(tag).removeValue(slot);
		}
		slotById.remove(cards[slot].id());
		cards[slot] = null;
	}

	/**
	 * A card whose scoring fields are unchanged (title, summary, …) replaces its old one.
	 */
	void replace(int slot, ArticleCard card) {
		cards[slot] = card;
	}

	/** Takes tag weights from the current document frequencies (idf). */
	void reweigh() {
		int documents = slotById.size();
		tagWeights = new double[postings.size()];
		for (int tag = 0; tag < tagWeights.length; tag++) {
			tagWeights[tag] = RelatedScorer.idf(documents, postings.get(tag).size());
		}
		weighedAt = documents;
		for (int slot = 0; slot < slots; slot++) {
			if (cards[slot] != null) {
				weight[slot] = weightOf(tags[slot]);
			}
		}
	}

	/** The article count when the weights were taken. */
	int weighedAt() {
		return weighedAt;
	}

	private int tagId(String slug) {
		return tagIds.computeIfAbsent(slug, k -> {
			postings.add(new IntList());
			return postings.size() - 1;
		});
	}

	/** A tag first seen since the last reweigh weighs as a tag on one article then. */
	double tagWeight(int tag) {
		return tag < tagWeights.length ? tagWeights[tag] : RelatedScorer.idf(weighedAt, 1);
	}

	private double weightOf(int[] ids) {
		double sum = 0;
		for (int tag : ids) {
			sum += tagWeight(tag);
		}
		return sum;
	}

	@Nullable Integer slotOf(long id) {
		return slotById.get(id);
	}

	@Nullable ArticleCard card(int slot) {
		return cards[slot];
	}

	int[] tags(int slot) {
		return tags[slot];
	}

	double weight(int slot) {
		return weight[slot];
	}

	int category(int slot) {
		return category[slot];
	}

	IntList posting(int tag) {
		return postings.get(tag);
	}

	/** One past the highest slot in use. */
	int slots() {
		return slots;
	}

	int size() {
		return slotById.size();
	}

}
