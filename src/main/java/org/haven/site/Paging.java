package org.haven.site;

/** List sizes and the guard on {@code ?page=}. */
final class Paging {

	static final int PAGE_SIZE = 10;

	static final int MAX_PAGE = 10_000;

	private Paging() {
	}

	/** Pages past the end, or nonsense numbers, are a 404 rather than an empty page. */
	static int page(int requested) {
		if (requested < 1 || requested > MAX_PAGE) {
			throw new NotFoundException("page " + requested);
		}
		return requested;
	}

	static void requireExists(org.haven.article.Slice<?> slice) {
		if (slice.number() > 1 && slice.number() > slice.totalPages()) {
			throw new NotFoundException("page " + slice.number());
		}
	}

}
