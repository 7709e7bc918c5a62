package org.haven.editor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * A side-by-side line diff of two texts, for revisions and conflicts. Templates escape
 * the lines.
 */
final class LineDiff {

	/**
	 * One row: the old line, the new line, and whether they are equal, changed, inserted
	 * or deleted.
	 */
	record Row(String kind, String left, String right) {
	}

	private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
		.showInlineDiffs(false)
		.ignoreWhiteSpaces(false)
		.lineNormalizer(line -> line)
		.build();

	private LineDiff() {
	}

	static List<Row> sideBySide(String left, String right) {
		List<DiffRow> rows = GENERATOR.generateDiffRows(lines(left), lines(right));
		return rows.stream()
			.map(r -> new Row(r.getTag().name().toLowerCase(Locale.ROOT), r.getOldLine(), r.getNewLine()))
			.toList();
	}

	private static List<String> lines(String text) {
		return Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
	}

}
