package org.haven.migrate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A WordPress export as read: the site address, its authors (login to display name), its
 * categories (nice name to name and parent nice name) and its items.
 */
record WxrSite(String baseUrl, Map<String, String> authors, Map<String, Term> categories, List<WxrItem> items,
		Numbers numbers) {

	/**
	 * WordPress's own numbers for categories (by nice name) and authors (by login), which
	 * its plain permalinks use ({@code /?cat=5}, {@code /?author=2}).
	 */
	record Numbers(Map<String, Long> categories, Map<String, Long> authors) {
	}

	/** A category with its parent's nice name (empty at the top). */
	record Term(String name, String parent) {
	}

	/**
	 * "Parent › Child": Haven's categories are flat, so the parents go into the name. A
	 * parent chain that loops (an export can say A's parent is B and B's is A) stops
	 * where it would repeat.
	 */
	String categoryName(String niceName) {
		Deque<String> names = new ArrayDeque<>();
		Set<String> seen = new HashSet<>();
		String current = niceName;
		while (seen.add(current)) {
			Term term = categories.get(current);
			if (term == null) {
				names.addFirst(current);
				break;
			}
			names.addFirst(term.name());
			if (term.parent().isEmpty()) {
				break;
			}
			current = term.parent();
		}
		return String.join(" › ", names);
	}

	/**
	 * The flattened name of the category's parent, or null at the top (or for a category
	 * the export does not declare).
	 */
	@Nullable String parentName(String niceName) {
		Term term = categories.get(niceName);
		return term == null || term.parent().isEmpty() ? null : categoryName(term.parent());
	}

}
