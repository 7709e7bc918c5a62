package org.haven.article;

import java.time.YearMonth;
import java.util.List;

/**
 * The lists a visible article appears on besides the site-wide ones: its categories, its
 * tags (slugs), the people who wrote or clinically reviewed it, and its month.
 */
public record ListMembership(List<String> categories, List<String> tags, List<String> people, YearMonth month) {

	public ListMembership {
		categories = List.copyOf(categories);
		tags = List.copyOf(tags);
		people = List.copyOf(people);
	}

}
