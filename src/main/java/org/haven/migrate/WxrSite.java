package org.haven.migrate;

import java.util.List;
import java.util.Map;

/**
 * A WordPress export as read: the site address, its authors (login to display name), its
 * categories (nice name to name and parent nice name) and its items.
 */
record WxrSite(String baseUrl, Map<String, String> authors, Map<String, Term> categories, List<WxrItem> items) {

	/** A category with its parent's nice name (empty at the top). */
	record Term(String name, String parent) {
	}

	/** "Parent › Child": Haven's categories are flat, so the parents go into the name. */
	String categoryName(String niceName) {
		Term term = categories.get(niceName);
		if (term == null) {
			return niceName;
		}
		return term.parent().isEmpty() || term.parent().equals(niceName) ? term.name()
				: categoryName(term.parent()) + " › " + term.name();
	}

}
