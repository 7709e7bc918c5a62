package org.haven.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.haven.content.ImportProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content-notes vocabulary: the built-in set, a folder's own file, and broken files
 * reported by line.
 */
class ContentNotesUnitTest {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures/content-notes");

	@TempDir
	Path content;

	final ContentNotes notes = new ContentNotes();

	final List<ImportProblem> problems = new ArrayList<>();

	@Test
	void aFolderWithoutTheFileGetsTheBuiltInSet() {
		boolean changed = notes.load(content, problems);

		assertThat(changed).isFalse();
		assertThat(problems).isEmpty();
		assertThat(notes.all()).extracting(ContentNote::slug)
			.containsExactly("suicide", "self-harm", "eating-disorders", "abuse", "trauma", "substance-use",
					"pregnancy-loss", "graphic-medical-detail");
		assertThat(notes.find("self-harm")).get().satisfies(note -> {
			assertThat(note.label()).isEqualTo("Self-harm");
			assertThat(note.description()).isNotBlank().doesNotContain("\n");
		});
	}

	@Test
	void theShippedSampleFileDeclaresTheBuiltInSet() throws IOException {
		assertThat(Files.readString(Path.of("content/content-notes.yaml")))
			.isEqualTo(Files.readString(Path.of("src/main/resources/haven/content-notes.yaml")));
	}

	@Test
	void theFolderFileReplacesTheBuiltInSetAndAChangeIsPickedUpByTheNextLoad() throws IOException {
		Files.writeString(content.resolve("content-notes.yaml"), """
				- slug: grief
				  label: Grief
				  description: Mentions the death of someone close.
				""");

		assertThat(notes.load(content, problems)).isTrue();
		assertThat(notes.slugs()).containsExactly("grief");

		assertThat(notes.load(content, problems)).as("the same file again").isFalse();
		Files.writeString(content.resolve("content-notes.yaml"), """
				- slug: grief
				  label: Grief and loss
				  description: Mentions the death of someone close.
				""");
		assertThat(notes.load(content, problems)).isTrue();
		assertThat(notes.find("grief")).get().extracting(ContentNote::label).isEqualTo("Grief and loss");
		assertThat(problems).isEmpty();
	}

	@Test
	void brokenYamlIsReportedWithFileAndLineAndTheBuiltInSetStays() throws IOException {
		Files.copy(FIXTURES.resolve("broken-yaml.yaml"), content.resolve("content-notes.yaml"));

		notes.load(content, problems);

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("content-notes.yaml");
			assertThat(p.line()).isEqualTo(4);
			assertThat(p.reason()).startsWith("broken YAML");
		});
		assertThat(notes.slugs()).contains("suicide", "self-harm").hasSize(8);
	}

	@Test
	void badEntriesAreReportedAtTheirLineAndTheRestLoads() throws IOException {
		Files.copy(FIXTURES.resolve("bad-entries.yaml"), content.resolve("content-notes.yaml"));

		notes.load(content, problems);

		assertThat(problems).extracting(ImportProblem::toString)
			.containsExactly("content-notes.yaml:5: a content note needs a 'slug' and a 'label'",
					"content-notes.yaml:6: content note slug 'Not A Slug' must be lowercase letters, digits and"
							+ " hyphens, like 'not-a-slug'",
					"content-notes.yaml:8: content note 'grief' is declared twice; the first one is used");
		assertThat(notes.all()).containsExactly(
				new ContentNote("grief", "Grief", "Mentions the death of someone close."),
				new ContentNote("violence", "Violence", "Describes violence, on two lines."));
	}

	@Test
	void resolvesAnArticlesNotesInItsOrderAndKeepsOneNoLongerDeclared() {
		assertThat(notes.resolve(List.of("trauma", "suicide", "gambling"))).extracting(ContentNote::label)
			.containsExactly("Trauma", "Suicide", "Gambling");
	}

}
