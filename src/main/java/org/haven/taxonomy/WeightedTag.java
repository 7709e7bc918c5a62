package org.haven.taxonomy;

/**
 * A tag with its use count and a weight from 1 (rarest) to 5 (most used) for sizing in a
 * cloud.
 */
public record WeightedTag(String slug, String label, long count, int weight) {

	public String url() {
		return "/tags/" + slug;
	}

}
