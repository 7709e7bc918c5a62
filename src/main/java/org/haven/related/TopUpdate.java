package org.haven.related;

/**
 * Brings one article's stored list up to date after another article changed: the changed
 * article left its old slot ({@code gone}) and, unless it was withdrawn, came back in a
 * new one ({@code added}). Only when it leaves a full list, and its new entry would not
 * keep its place ahead of every article outside the list, is the list walked again;
 * otherwise the change is an insert or a removal.
 */
final class TopUpdate {

	private final Catalogue catalogue;

	private final TopWalk walk;

	private final int limit;

	TopUpdate(Catalogue catalogue, TopWalk walk, int limit) {
		this.catalogue = catalogue;
		this.walk = walk;
		this.limit = limit;
	}

	TopList apply(int slot, TopList list, int gone, int added) {
		double score = added < 0 ? Double.NaN : scoreOf(slot, added);
		int at = gone < 0 ? -1 : list.indexOf(gone);
		if (at >= 0) {
			boolean full = list.size() == limit;
			int last = list.slots()[list.size() - 1];
			double lastScore = list.scores()[list.size() - 1];
			list = list.without(at);
			if (full) {
				// every article outside the list ranks after its old last entry
				if (last == gone || Double.isNaN(score) || walk.compare(added, score, last, lastScore) >= 0) {
					return walk.best(slot, limit);
				}
			}
		}
		if (!Double.isNaN(score)) {
			int position = walk.position(list, added, score);
			if (position < limit) {
				list = list.with(position, added, score, limit);
			}
		}
		return list;
	}

	/**
	 * The candidate's score under {@code slot}, or NaN if it may not be suggested there.
	 */
	private double scoreOf(int slot, int candidate) {
		double score = walk.score(slot, candidate);
		boolean qualifies = walk.qualifies(score)
				&& RelatedScorer.mayAppearUnder(catalogue.card(slot), catalogue.card(candidate));
		return qualifies ? score : Double.NaN;
	}

}
