package org.haven.taxonomy;

/** A tag and how many visible articles carry it. */
public record TagCount(String slug, String label, long count) {

	public String url() {
		return "/tags/" + slug;
	}

}
