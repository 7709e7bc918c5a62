package org.haven.article;

/** A declared category with the number of visible articles in it. */
public record CategoryView(String slug, String name, String description, int order, long count) {

	public String url() {
		return "/categories/" + slug;
	}

}
