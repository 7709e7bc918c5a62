package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.haven.content.ContentReader;
import org.haven.content.ImportProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoverFilesUnitTest {

	@TempDir
	Path content;

	@BeforeEach
	void aMediaLibraryWithTwoPictures() throws IOException {
		Files.createDirectories(content.resolve("media/images"));
		Files.write(content.resolve("media/calm sea.jpg"), new byte[] { 1 });
		Files.write(content.resolve("media/images/bench.jpg"), new byte[] { 2 });
		Files.writeString(content.resolve("outside.jpg"), "not in the library");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/media/calm%20sea.jpg", "calm sea.jpg", "/images/bench.jpg", "images/bench.jpg",
			"/media/images/bench.jpg?v=2", "https://cdn.example.org/missing.jpg", "//cdn.example.org/missing.jpg" })
	void aCoverInTheMediaLibraryOrElsewhereOnTheWebIsNoProblem(String cover) {
		assertThat(missing("image: \"" + cover + "\"")).isEmpty();
	}

	@Test
	void aCoverWithNoFileIsAWarningOnTheLineOfItsKey() {
		assertThat(missing("image: /images/lake.jpg")).map(ImportProblem::toString)
			.hasValueSatisfying(warning -> assertThat(warning).startsWith(
					"articles/walk.md:3: cover image '/images/lake.jpg' is not in content/media (looked for media/images/lake.jpg)"));
	}

	@Test
	void aCoverOutsideTheMediaLibraryIsNotFoundThere() {
		assertThat(missing("cover: ../outside.jpg")).isPresent();
	}

	@Test
	void aThemesPlaceholderIsReported() {
		assertThat(missing("cover:\n  image: \"<image path/url>\"\n  alt: \"<alt text>\"")).map(ImportProblem::line)
			.contains(3);
	}

	@Test
	void noCoverNoWarning() {
		assertThat(missing("summary: Plain.")).isEmpty();
	}

	private Optional<ImportProblem> missing(String coverLines) {
		String file = "---\ntitle: A walk\n" + coverLines + "\n---\nA short walk.\n";
		return CoverFiles.missing(content,
				new ContentReader().read("articles/walk.md", file.getBytes(StandardCharsets.UTF_8)));
	}

}
