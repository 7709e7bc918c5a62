package org.haven.article;

import org.haven.content.ContentSlugs;
import org.jspecify.annotations.Nullable;

/**
 * Files in a Hugo content tree that are not articles of their own: section descriptions
 * ({@code _index.md}) and translations ({@code post.fr.md}), which Haven skips with the
 * reason, since a Haven site is written in one language.
 */
final class HugoFiles {

	private HugoFiles() {
	}

	/** Why the file is not imported as an article, or null if it is one. */
	static @Nullable String whySkipped(String path) {
		if (ContentSlugs.isSection(path)) {
			return "skipped: a Hugo section description (_index.md), not an article";
		}
		String language = ContentSlugs.languageOf(path);
		if (language != null) {
			return "skipped: a translation ('" + language
					+ "'); a Haven site has one language, so translations are not imported";
		}
		return null;
	}

	/**
	 * The Hugo section folder a file sits in under {@code articles/} ({@code post} for
	 * {@code articles/post/x.md} and {@code articles/post/x/index.md}), or null.
	 */
	static @Nullable String section(String path) {
		if (!path.startsWith("articles/")) {
			return null;
		}
		String inside = path.substring("articles/".length());
		String name = inside.substring(inside.lastIndexOf('/') + 1);
		String folder = inside.lastIndexOf('/') < 0 ? "" : inside.substring(0, inside.lastIndexOf('/'));
		if (name.startsWith("index.") && !folder.isEmpty()) {
			folder = folder.lastIndexOf('/') < 0 ? "" : folder.substring(0, folder.lastIndexOf('/'));
		}
		return folder.isEmpty() ? null : folder;
	}

}
