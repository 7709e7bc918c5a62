package org.haven.article;

import org.jspecify.annotations.Nullable;

/**
 * A person as readers see them: name, credentials and a short biography (sanitised HTML).
 */
public record AuthorView(String slug, String name, @Nullable String credentials, @Nullable String role,
		String bioHtml) {

	public String url() {
		return "/authors/" + slug;
	}

}
