package org.haven.article;

import java.time.Instant;

/** A standing page as readers see it. */
public record PageView(String slug, String title, String summary, String bodyHtml, Instant updatedAt) {

	public String url() {
		return "/" + slug;
	}

}
