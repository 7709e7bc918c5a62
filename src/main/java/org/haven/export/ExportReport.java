package org.haven.export;

import java.time.Duration;
import java.util.List;

/**
 * What an export did: addresses fetched, files written and left as they were, stale files
 * removed, redirects, and the addresses that failed (with their status).
 */
public record ExportReport(int pages, int written, int unchanged, int removed, int redirects, List<String> failed,
		Duration took) {

	public String summary() {
		return "%d addresses, %d files written, %d unchanged, %d removed, %d redirects, %d failed in %d ms"
			.formatted(pages, written, unchanged, removed, redirects, failed.size(), took.toMillis());
	}

}
