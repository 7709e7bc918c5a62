package org.haven.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.haven.article.ContentImport;

/**
 * Adds a draft and a far-future article to the sample site by importing a copy of
 * {@code content/} with two more files. The sample articles stay unchanged (same relative
 * paths, same hashes); the two new ones are never visible.
 */
public final class UnseenArticles {

	public static final String DRAFT = "unseen-draft-article";

	public static final String SCHEDULED = "unseen-scheduled-article";

	/** A tag only the unseen articles carry. */
	public static final String TAG = "unseen-only";

	private UnseenArticles() {
	}

	public static void importInto(ContentImport contentImport, Path temp) {
		try {
			Fixtures.copy(Path.of("content"), temp);
			Files.writeString(temp.resolve("articles/" + DRAFT + ".md"), article(DRAFT, "2026-01-05T08:00:00Z", true));
			Files.writeString(temp.resolve("articles/" + SCHEDULED + ".md"),
					article(SCHEDULED, "2099-01-05T08:00:00Z", false));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		contentImport.importFrom(temp);
	}

	private static String article(String slug, String date, boolean draft) {
		return """
				---
				title: "Unseen panic burnout attachment article %s"
				slug: %s
				date: %s
				draft: %s
				categories: [anxiety]
				tags: [Unseen only, Panic, Burnout]
				summary: "Never visible to readers."
				---

				Panic attack burnout attachment worry: this article must never be found, listed or suggested.
				""".formatted(slug, slug, date, draft);
	}

}
