package org.haven.related;

import java.util.Arrays;

/** A growable list of ints without boxing; order is not kept by {@link #removeValue}. */
final class IntList {

	private int[] values = new int[4];

	private int size;

	void add(int value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = value;
	}

	/** Removes one occurrence, moving the last value into its place. */
	boolean removeValue(int value) {
		for (int i = 0; i < size; i++) {
			if (values[i] == value) {
				values[i] = values[--size];
				return true;
			}
		}
		return false;
	}

	int get(int index) {
		return values[index];
	}

	int size() {
		return size;
	}

}
