package org.haven.content;

import java.util.List;
import java.util.Map;

/**
 * A front-matter block as read, before its values are typed: the values, the file line of
 * each top-level key, warnings (such as a duplicate key), and where the body starts.
 */
record RawFrontMatter(Map<String, Object> values, Map<String, Integer> keyLines, List<ImportProblem> warnings,
		String body, int bodyLine) {
}
