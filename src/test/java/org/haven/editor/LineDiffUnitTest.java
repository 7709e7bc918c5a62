package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffUnitTest {

	@Test
	void pairsChangedLinesAndMarksInsertionsAndDeletions() {
		var rows = LineDiff.sideBySide("one\ntwo\nthree\nfour", "one\n2\nthree\nfour\nfive");

		assertThat(rows).extracting(LineDiff.Row::kind).containsExactly("equal", "change", "equal", "equal", "insert");
		assertThat(rows.get(1)).isEqualTo(new LineDiff.Row("change", "two", "2"));
		assertThat(rows.get(4).right()).isEqualTo("five");
		assertThat(LineDiff.sideBySide("a\r\nb", "a\nb")).extracting(LineDiff.Row::kind).containsOnly("equal");
	}

}
