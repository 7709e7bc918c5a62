package org.haven.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.haven.taxonomy.CategoriesFile;
import org.haven.taxonomy.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class CategoriesFileUnitTest {

	@TempDir
	Path root;

	final CategoriesFile file = new CategoriesFile();

	@Test
	void keepsTheCommentsThatOpenTheFileAndDropsTheOldEntries() throws IOException {
		Files.writeString(root.resolve("categories.yaml"), """
				# Our topics.

				# Ask the editors before adding one.
				- slug: old
				  name: Old # a comment between entries is not kept
				""");

		file.write(root, List.of(category("sleep", "Sleep", "Rest.", 1)));

		assertThat(Files.readString(root.resolve("categories.yaml"))).isEqualTo("""
				# Our topics.

				# Ask the editors before adding one.
				- slug: sleep
				  name: Sleep
				  description: Rest.
				  order: 1
				""");
	}

	@Test
	void aNewFileGetsTheUsualHeaderAndValuesThatNeedQuotesReadBackTheSame() throws IOException {
		Category tricky = category("yes", "Yes: no # maybe", "'Quoted', \"double\" and a very long line that goes on "
				+ "and on well past eighty characters without being folded.", -3);

		file.write(root, List.of(tricky));

		String text = Files.readString(root.resolve("categories.yaml"));
		assertThat(text).startsWith(CategoriesFile.DEFAULT_HEADER + "- slug: ");
		assertThat(new Yaml().<List<Object>>load(text)).containsExactly(
				Map.of("slug", "yes", "name", "Yes: no # maybe", "description", tricky.getDescription(), "order", -3));
	}

	@Test
	void noCategoriesIsAnEmptyList() throws IOException {
		file.write(root, List.of());

		assertThat(new Yaml().<List<Object>>load(Files.readString(root.resolve("categories.yaml")))).isEmpty();
	}

	private static Category category(String slug, String name, String description, int order) {
		Category category = new Category(slug);
		category.update(name, description, order);
		return category;
	}

}
