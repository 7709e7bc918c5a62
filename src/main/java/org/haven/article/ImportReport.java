package org.haven.article;

import java.time.Duration;
import java.util.List;

import org.haven.content.ImportProblem;

/** What one import of the content folder did. */
public record ImportReport(int imported, int updated, int unchanged, int failed, int withdrawn,
		List<ImportProblem> problems, Duration took) {

	public String summary() {
		return "%d imported, %d updated, %d unchanged, %d failed, %d withdrawn in %d ms".formatted(imported, updated,
				unchanged, failed, withdrawn, took.toMillis());
	}

}
