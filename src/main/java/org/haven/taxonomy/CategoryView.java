package org.haven.taxonomy;

/**
 * A declared category with a number of articles in it: visible ones for readers, every
 * stage for the editor.
 */
public record CategoryView(String slug, String name, String description, int order, long count) {

	public String url() {
		return "/categories/" + slug;
	}

}
