package org.haven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** One dispatcher answers for every module's command, and help lists them all. */
class CommandsUnitTest {

	@Test
	void everyModulesCommandIsHandledAndTheSiteStartsOtherwise() {
		for (String name : new String[] { "backup", "restore", "export", "import-wordpress", "help" }) {
			assertThat(Commands.handles(new String[] { name, "x" })).as(name).isTrue();
		}
		assertThat(Commands.handles(new String[0])).isFalse();
		assertThat(Commands.handles(new String[] { "--server.port=8081" })).isFalse();
	}

	@Test
	void helpListsEachCommandWithItsArguments() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int status = Commands.run(new String[] { "help" }, new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(status).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("backup [--out haven-backup.zip]")
			.contains("restore haven-backup.zip")
			.contains("export --out public/ [--incremental]")
			.contains("import-wordpress export.xml [--media-dir wp-content/uploads]");
	}

	@Test
	void aCommandMissingItsArgumentSaysHowToCallIt() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int status = Commands.run(new String[] { "import-wordpress" },
				new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(status).isEqualTo(2);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: import-wordpress export.xml");
	}

}
