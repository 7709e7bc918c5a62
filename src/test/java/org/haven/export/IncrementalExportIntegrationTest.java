package org.haven.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.haven.article.ContentImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An incremental export after an edit, a deletion and a rename gives the same files as a
 * full export of the same site, while rendering only a few of its addresses. Runs on its
 * own copy of the sample content (it edits files), so it has its own context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:incremental-export;DB_CLOSE_DELAY=-1",
				"haven.theme.dir=themes", "haven.site.data-dir=target/test-data-incremental",
				"haven.content.watch=false" })
class IncrementalExportIntegrationTest {

	private static final Path CONTENT = copyOfSampleContent();

	/**
	 * Public forms carry a signed token with the time it was made, different in every
	 * render: compared without it.
	 */
	private static final Pattern FORM_TOKEN = Pattern.compile("(name=\"form-token\" value=\")[^\"]*");

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		registry.add("haven.content.dir", CONTENT::toString);
	}

	@LocalServerPort
	int port;

	@Autowired
	ContentImport contentImport;

	@Autowired
	StaticExport staticExport;

	@TempDir
	Path temp;

	Path articles = CONTENT.resolve("articles");

	@BeforeEach
	void importContent() {
		contentImport.importAll();
	}

	@Test
	void anEditedArticleIsExportedAsAFullExportWouldAfterRenderingOnlyWhatShowsIt() throws IOException {
		Path incremental = temp.resolve("incremental");
		ExportReport full = export(incremental, false);
		Path file = articles.resolve("grounding-techniques.md");
		Files.writeString(file,
				Files.readString(file)
					.replaceFirst("title: \"([^\"]*)\"", "title: \"$1, revised\"")
					.concat("\nA paragraph added after the first export.\n"));
		contentImport.importAll();

		ExportReport changed = export(incremental, true);

		assertThat(changed.failed()).isEmpty();
		assertThat(changed.pages()).isLessThan(full.pages() / 2);
		assertThat(Files.readString(incremental.resolve("articles/grounding-techniques/index.html")))
			.contains("revised")
			.contains("A paragraph added after the first export.");
		assertSameFiles(incremental, fullExport());
	}

	@Test
	void anArticleMovedToOtherTagsAndAnotherCategoryLeavesTheSameFilesAsAFullExport() throws IOException {
		Path incremental = temp.resolve("incremental");
		export(incremental, false);
		Path file = articles.resolve("grounding-techniques.md");
		String before = Files.readString(file);
		String moved = before.replaceFirst("(?m)^tags: .*$", "tags: [Sleep, A tag of its own]")
			.replaceFirst("(?m)^categories: .*$", "categories: [depression]");
		assertThat(moved).as("the fixture has tags and categories lines to change").isNotEqualTo(before);
		Files.writeString(file, moved);
		contentImport.importAll();

		ExportReport changed = export(incremental, true);

		assertThat(changed.failed()).isEmpty();
		assertThat(incremental.resolve("tags/a-tag-of-its-own/index.html")).exists();
		assertSameFiles(incremental, fullExport());
	}

	@Test
	void aDeletedAndARenamedArticleLeaveTheSameFilesAsAFullExport() throws IOException {
		Path incremental = temp.resolve("incremental");
		export(incremental, false);
		Files.delete(articles.resolve("mindfulness-evidence.md"));
		Path renamed = articles.resolve("cbt-explained.md");
		Files.writeString(articles.resolve("cbt-in-plain-words.md"),
				Files.readString(renamed).replaceFirst("slug: cbt-explained", "slug: cbt-in-plain-words"));
		Files.delete(renamed);
		contentImport.importAll();

		ExportReport changed = export(incremental, true);

		assertThat(changed.failed()).isEmpty();
		assertThat(changed.removed()).isGreaterThanOrEqualTo(2);
		assertThat(incremental.resolve("articles/mindfulness-evidence/index.html")).doesNotExist();
		assertThat(incremental.resolve("articles/cbt-explained/index.html")).doesNotExist();
		assertThat(incremental.resolve("articles/cbt-in-plain-words/index.html")).exists();
		assertSameFiles(incremental, fullExport());
	}

	@Test
	void aNewNewestArticleReachesEveryPageThatShowsTheLatestPosts() throws IOException {
		Path incremental = temp.resolve("incremental");
		export(incremental, false);
		Files.writeString(articles.resolve("a-new-newest-article.md"), """
				---
				title: "A new newest article"
				slug: a-new-newest-article
				date: 2026-10-01T08:00:00Z
				categories: [anxiety]
				tags: [Breathing, Sleep]
				author: maya-okafor
				---

				Published after the first export, newer than every other article.
				""");
		contentImport.importAll();

		ExportReport changed = export(incremental, true);

		assertThat(changed.failed()).isEmpty();
		assertThat(Files.readString(incremental.resolve("index.html"))).contains("/articles/a-new-newest-article");
		assertSameFiles(incremental, fullExport());
	}

	@Test
	void withNothingChangedOnlyTheIndexesAreRenderedAndNoFileIsWritten() {
		Path incremental = temp.resolve("incremental");
		ExportReport full = export(incremental, false);

		ExportReport again = export(incremental, true);

		assertThat(again.pages()).isLessThan(20).isLessThan(full.pages() / 5);
		assertThat(again.written()).isZero();
		assertThat(again.removed()).isZero();
	}

	private Path fullExport() {
		Path out = temp.resolve("full");
		ExportReport report = export(out, false);
		assertThat(report.failed()).isEmpty();
		return out;
	}

	private void assertSameFiles(Path actual, Path expected) {
		Map<String, String> incremental = contents(actual);
		Map<String, String> full = contents(expected);
		assertThat(incremental.keySet()).containsExactlyInAnyOrderElementsOf(full.keySet());
		assertThat(full.keySet().stream().filter(file -> !full.get(file).equals(incremental.get(file))))
			.as("files that differ from a full export")
			.isEmpty();
	}

	private static Map<String, String> contents(Path root) {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
				files.put(root.relativize(file).toString(), FORM_TOKEN.matcher(text).replaceAll("$1"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	private ExportReport export(Path out, boolean incremental) {
		return staticExport.export(URI.create("http://127.0.0.1:" + port), out, incremental, done -> {
		});
	}

	private static Path copyOfSampleContent() {
		try {
			Path copy = Files.createTempDirectory("haven-incremental-export");
			Path from = Path.of("content");
			try (Stream<Path> walk = Files.walk(from)) {
				for (Path source : walk.toList()) {
					Path target = copy.resolve(from.relativize(source).toString());
					if (Files.isDirectory(source)) {
						Files.createDirectories(target);
					}
					else {
						Files.copy(source, target);
					}
				}
			}
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
