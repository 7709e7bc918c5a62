package org.haven.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TerminalProgressBarUnitTest {

	@Test
	void drawsABarWithThePercentageAndTheCount() {
		assertThat(TerminalProgressBar.line(0, 200)).isEqualTo("[" + ".".repeat(30) + "]   0% 0 of 200 items");
		assertThat(TerminalProgressBar.line(90, 200))
			.isEqualTo("[" + "#".repeat(13) + ".".repeat(17) + "]  45% 90 of 200 items");
		assertThat(TerminalProgressBar.line(200, 200)).isEqualTo("[" + "#".repeat(30) + "] 100% 200 of 200 items");
		assertThat(TerminalProgressBar.line(0, 0)).endsWith("100% 0 of 0 items");
	}

	@Test
	void redrawsTheLineOnlyWhenThePercentageMoves() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		TerminalProgressBar bar = new TerminalProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8));

		for (int done = 0; done <= 1000; done++) {
			bar.advanced(done, 1000);
		}
		bar.importingContent();

		String out = bytes.toString(StandardCharsets.UTF_8);
		assertThat(out.split("\r", -1)).hasSize(102);
		assertThat(out).endsWith("100% 1000 of 1000 items\nImporting the written files into the site…\n");
	}

}
