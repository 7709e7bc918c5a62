package org.haven.migrate;

import java.nio.file.Path;
import java.util.List;

import org.haven.article.ImportReport;

/**
 * What a WordPress import did: files written per kind, comments added or updated, items
 * skipped with the reason, items imported differently from how WordPress showed them
 * ({@code notes}: a password-protected post kept as a draft, an address made anew, a
 * shortcode left as text), and the content import that followed (imported, updated,
 * unchanged, failed, each problem).
 */
public record WordPressReport(int posts, int pages, int authors, int media, int comments, List<String> skipped,
		List<String> notes, List<String> missingMedia, ImportReport content) {

	/**
	 * The same report with {@code dir} (a temporary folder the admin never saw) named as
	 * {@code name} in the lines about missing media.
	 */
	WordPressReport withPathNamed(Path dir, String name) {
		return new WordPressReport(posts, pages, authors, media, comments, skipped, notes,
				missingMedia.stream().map(line -> line.replace(dir.toString(), name)).toList(), content);
	}

	public String summary() {
		return "%d posts, %d pages, %d authors, %d media files, %d comments; %d skipped, %d notes, %d media missing; content: %s"
			.formatted(posts, pages, authors, media, comments, skipped.size(), notes.size(), missingMedia.size(),
					content.summary());
	}

}
