package org.haven.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.haven.Commands;
import org.haven.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code java -jar haven.jar import-wordpress export.xml --media-dir uploads} as a
 * publisher runs it before the site has ever started: the command's own application
 * context (no web server), a fresh data folder, and a content folder that already
 * declares its categories.
 */
@ExtendWith(OutputCaptureExtension.class)
class WordPressImportCommandIntegrationTest {

	static final Path EXPORT = Path.of("src/test/resources/fixtures/wordpress-6.1");

	@TempDir
	Path work;

	@Test
	void importsAnExportIntoASiteThatHasNeverStartedAndKeepsItsDeclaredCategories(CapturedOutput log)
			throws IOException {
		Path content = work.resolve("content");
		Fixtures.copy(Path.of("content"), content);
		List<Map<String, Object>> declared = categories(content);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int status = Commands.run(
				new String[] { "import-wordpress", EXPORT.resolve("export.xml").toString(), "--media-dir",
						EXPORT.resolve("uploads").toString(), "--haven.content.dir=" + content,
						"--haven.site.data-dir=" + work.resolve("data") },
				new PrintStream(out, true, StandardCharsets.UTF_8));

		String console = out.toString(StandardCharsets.UTF_8);
		assertThat(status).as(console).isZero();
		assertThat(console).contains("10 posts, 5 pages", "0 failed")
			.contains("note: item 9 'Members only': password-protected");
		assertThat(content.resolve("articles/wordpress/grounding-step-by-step.md")).exists();
		assertThat(content.resolve("media/wordpress/2021/05/harbour-dawn.jpg")).exists();
		// every category the site declared is still there as it was, new ones after it
		List<Map<String, Object>> after = categories(content);
		assertThat(after).containsAll(declared);
		assertThat(after).extracting(category -> category.get("name")).contains("Anxiety & Stress › Panic");
		// the newsletter's announcements of what was published finish before the database
		// closes
		assertThat(log.getAll()).doesNotContain("Newsletter task failed");
	}

	private static List<Map<String, Object>> categories(Path content) throws IOException {
		return new Yaml().load(Files.readString(content.resolve("categories.yaml")));
	}

}
