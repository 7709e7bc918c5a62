package org.haven.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.haven.content.ImportProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The vocabulary on its own: {@code categories.yaml} read into the real schema on H2,
 * with no article in sight.
 */
@DataJpaTest
@Import({ CategoryImporter.class, Categories.class, SlugRedirects.class, CategoryImporterIntegrationTest.Config.class })
class CategoryImporterIntegrationTest {

	static final Path CONTENT = Path.of("src/test/resources/fixtures/content");

	@Autowired
	CategoryImporter importer;

	@Autowired
	Categories categories;

	@Autowired
	SlugRedirects redirects;

	@Test
	void importsTheDeclaredCategoriesInTheirOrderAndOnlyOnce() {
		List<ImportProblem> problems = new ArrayList<>();

		assertThat(importer.importCategories(CONTENT, problems)).isTrue();
		assertThat(importer.importCategories(CONTENT, problems)).isFalse();

		assertThat(problems).isEmpty();
		assertThat(categories.withCounts(List.of(new CategoryCount("therapy", 3)))).containsExactly(
				new CategoryView("anxiety", "Anxiety", "Worry and panic.", 1, 0),
				new CategoryView("therapy", "Therapy", "How therapy works.", 2, 3));
	}

	@Test
	void aCategoryRenamedInTheEditorIsNotDeclaredAgainByAnOldFile() {
		redirects.record(SlugRedirect.Kind.CATEGORY, "therapy", "anxiety");
		List<ImportProblem> problems = new ArrayList<>();

		importer.importCategories(CONTENT, problems);

		assertThat(problems).extracting(ImportProblem::toString)
			.containsExactly("categories.yaml:1: category 'therapy' was renamed or merged into 'anxiety' in the "
					+ "editor: remove it from the file (or create it again in the editor)");
		assertThat(categories.slugs()).containsExactly("anxiety");
		assertThat(redirects.category("therapy")).contains("anxiety");
	}

	@Test
	void aBrokenFileNamesItsLineAndImportsNothing(@org.junit.jupiter.api.io.TempDir Path root) throws Exception {
		java.nio.file.Files.writeString(root.resolve("categories.yaml"), "- name: Calm\n- name: [unclosed\n");
		List<ImportProblem> problems = new ArrayList<>();

		assertThat(importer.importCategories(root, problems)).isFalse();

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("categories.yaml");
			assertThat(p.line()).isEqualTo(3);
			assertThat(p.reason()).startsWith("broken YAML");
		});
		assertThat(categories.slugs()).isEmpty();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
		}

		@Bean
		TransactionTemplate transactionTemplate(PlatformTransactionManager manager) {
			return new TransactionTemplate(manager);
		}

	}

}
