package org.haven.article;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.haven.content.ImportProblem;

/**
 * What one import of the content folder did. {@code warnings} did not stop a file (a
 * duplicate key, an unknown shortcode, a translation skipped); {@code createdCategories}
 * and {@code createdAuthors} name what the import declared, each with the files that
 * named it.
 */
public record ImportReport(int imported, int updated, int unchanged, int failed, int withdrawn,
		List<ImportProblem> problems, Duration took, List<ImportProblem> warnings,
		Map<String, List<String>> createdCategories, Map<String, List<String>> createdAuthors) {

	public ImportReport(int imported, int updated, int unchanged, int failed, int withdrawn,
			List<ImportProblem> problems, Duration took) {
		this(imported, updated, unchanged, failed, withdrawn, problems, took, List.of(), Map.of(), Map.of());
	}

	public String summary() {
		return "%d imported, %d updated, %d unchanged, %d failed, %d withdrawn in %d ms".formatted(imported, updated,
				unchanged, failed, withdrawn, took.toMillis());
	}

}
