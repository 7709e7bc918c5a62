package org.haven.article;

import java.util.List;

/**
 * One page of a paginated list; {@code number} counts from 1 as the {@code ?page=}
 * parameter does.
 */
public record Slice<T>(List<T> items, int number, int totalPages, long totalItems) {

	public boolean hasPrevious() {
		return number > 1;
	}

	public boolean hasNext() {
		return number < totalPages;
	}

	public boolean isEmpty() {
		return items.isEmpty();
	}

}
