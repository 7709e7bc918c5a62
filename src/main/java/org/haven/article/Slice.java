package org.haven.article;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a paginated list; {@code number} counts from 1 as the {@code ?page=}
 * parameter does.
 */
public record Slice<T>(List<T> items, int number, int totalPages, long totalItems) {

	/**
	 * Page {@code page} of a query (numbered from 0 there), each item mapped by
	 * {@code map}.
	 */
	static <S, T> Slice<T> of(org.springframework.data.domain.Page<S> page, Function<S, T> map) {
		return new Slice<>(page.getContent().stream().map(map).toList(), page.getNumber() + 1,
				Math.max(1, page.getTotalPages()), page.getTotalElements());
	}

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
