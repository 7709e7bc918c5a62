package org.haven.related;

import java.util.Arrays;

/**
 * One article's stored suggestions by tag overlap, best first: slots in the
 * {@link Catalogue} and their scores. Immutable, so a reader never sees one half updated.
 */
record TopList(int[] slots, double[] scores) {

	static final TopList EMPTY = new TopList(new int[0], new double[0]);

	int size() {
		return slots.length;
	}

	int indexOf(int slot) {
		for (int i = 0; i < slots.length; i++) {
			if (slots[i] == slot) {
				return i;
			}
		}
		return -1;
	}

	TopList without(int at) {
		int[] s = new int[slots.length - 1];
		double[] v = new double[scores.length - 1];
		System.arraycopy(slots, 0, s, 0, at);
		System.arraycopy(slots, at + 1, s, at, s.length - at);
		System.arraycopy(scores, 0, v, 0, at);
		System.arraycopy(scores, at + 1, v, at, v.length - at);
		return new TopList(s, v);
	}

	/** This list with {@code slot} inserted at {@code at}, cut to {@code limit}. */
	TopList with(int at, int slot, double score, int limit) {
		int length = Math.min(limit, slots.length + 1);
		int[] s = Arrays.copyOf(slots, slots.length + 1);
		double[] v = Arrays.copyOf(scores, scores.length + 1);
		System.arraycopy(slots, at, s, at + 1, slots.length - at);
		System.arraycopy(scores, at, v, at + 1, scores.length - at);
		s[at] = slot;
		v[at] = score;
		return new TopList(Arrays.copyOf(s, length), Arrays.copyOf(v, length));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TopList t && Arrays.equals(slots, t.slots) && Arrays.equals(scores, t.scores);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(slots);
	}

}
