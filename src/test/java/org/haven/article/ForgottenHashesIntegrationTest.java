package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.persistence.EntityManager;

import org.haven.content.ContentProperties.UnknownCategories;
import org.haven.support.Fixtures;
import org.haven.support.NativeSql;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Migrations that forget the content hashes of some files, so that the next import reads
 * those files once and stores what an earlier version left out or got wrong: the import
 * otherwise skips a file whose bytes did not change. Reading the same bytes again adds no
 * revision, and later starts skip the files again.
 */
@ArticleModuleTest
class ForgottenHashesIntegrationTest {

	@TempDir
	Path content;

	@Autowired
	ContentImport contentImport;

	@Autowired
	ArticleRepository repository;

	@Autowired
	RevisionRepository revisions;

	@Autowired
	EntityManager entityManager;

	/**
	 * A database from before V90 (pin weights) holds articles whose files say
	 * {@code weight} but whose hashes mark them unchanged.
	 */
	@Nested
	class PinWeightsAfterV103 {

		static final Path V103 = Path.of("src/main/resources/db/migration/V103__reread_article_files.sql");

		@BeforeEach
		void anArticleImportedBeforeV90() throws IOException {
			importWith("pinned-before-v90", """
					---
					title: Pinned before V90
					date: 2025-05-02T09:00:00Z
					categories: [anxiety]
					featured: true
					weight: 2
					---

					Pinned.
					""");
			NativeSql.run(entityManager, "update article set pin_weight = null where slug = 'pinned-before-v90'");
		}

		@Test
		void theUnchangedFileIsSkippedWithoutTheMigration() {
			ImportReport report = contentImport.importFrom(content, UnknownCategories.CREATE);

			assertThat(report.updated()).isZero();
			assertThat(column("pin_weight", "pinned-before-v90")).isNull();
		}

		@Test
		void afterV103TheNextImportReadsTheFileOnceAndTakesItsWeight() throws IOException {
			ImportReport reread = importAfter(V103, "pinned-before-v90");

			assertThat(((Number) column("pin_weight", "pinned-before-v90")).intValue()).isEqualTo(2);
			assertThat(reread.updated()).isPositive();
			ImportReport next = contentImport.importFrom(content, UnknownCategories.CREATE);
			assertThat(next.updated()).as("later starts skip the files again").isZero();
			assertThat(next.unchanged()).isEqualTo(reread.updated() + reread.unchanged());
		}

	}

	/**
	 * A summary stored while the first paragraph's text still carried each link's
	 * address.
	 */
	@Nested
	class SummariesAfterV112 {

		static final Path V112 = Path.of("src/main/resources/db/migration/V112__reread_summaries_with_addresses.sql");

		@BeforeEach
		void anArticleWhoseSummaryWasStoredWithAnAddress() throws IOException {
			importWith("help-nearby", """
					---
					title: Help nearby
					date: 2025-05-02T09:00:00Z
					categories: [anxiety]
					---

					See [the NHS page](https://www.nhs.uk) for help near you.

					More.
					""");
			NativeSql.run(entityManager,
					"update article set summary = 'See \"the NHS page\" (https://www.nhs.uk) for help near you.'"
							+ " where slug = 'help-nearby'");
		}

		@Test
		void withoutTheMigrationTheUnchangedFileIsSkippedAndTheAddressStays() {
			assertThat(contentImport.importFrom(content, UnknownCategories.CREATE).updated()).isZero();
			assertThat(column("summary", "help-nearby")).asString().contains("(https://www.nhs.uk)");
		}

		@Test
		void afterV112TheNextImportReadsTheFileOnceAndTakesTheSummaryAsText() throws IOException {
			ImportReport reread = importAfter(V112, "help-nearby");

			assertThat(column("summary", "help-nearby")).isEqualTo("See the NHS page for help near you.");
			assertThat(reread.updated()).as("only the article whose summary had an address").isEqualTo(1);
			assertThat(contentImport.importFrom(content, UnknownCategories.CREATE).updated())
				.as("later starts skip the file again")
				.isZero();
		}

	}

	/**
	 * Runs the migration, then the next import, which reads the file again without a new
	 * revision.
	 */
	private ImportReport importAfter(Path migration, String slug) throws IOException {
		long id = repository.findBySlug(slug).orElseThrow().getId();
		long revisionsBefore = revisions.countByArticleId(id);

		NativeSql.run(entityManager, Files.readString(migration));
		ImportReport reread = contentImport.importFrom(content, UnknownCategories.CREATE);

		assertThat(revisions.countByArticleId(id)).as("the same bytes make no new revision").isEqualTo(revisionsBefore);
		return reread;
	}

	private void importWith(String slug, String file) throws IOException {
		Fixtures.copyContent(content);
		Files.writeString(content.resolve("articles/" + slug + ".md"), file);
		contentImport.importFrom(content, UnknownCategories.CREATE);
	}

	private @Nullable Object column(String column, String slug) {
		entityManager.clear();
		return entityManager.createNativeQuery("select " + column + " from article where slug = ?1")
			.setParameter(1, slug)
			.getSingleResult();
	}

}
