package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.persistence.EntityManager;

import org.haven.content.ContentProperties.UnknownCategories;
import org.haven.support.Fixtures;
import org.haven.support.NativeSql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A database from before V90 (pin weights) holds articles whose files say {@code weight}
 * but whose hashes mark them unchanged, so the import skips them: V103 makes the next
 * import read such files once, and only once.
 */
@ArticleModuleTest
class PinWeightBackfillIntegrationTest {

	static final Path V103 = Path.of("src/main/resources/db/migration/V103__reread_article_files.sql");

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

	@BeforeEach
	void anArticleImportedBeforeV90() throws IOException {
		Fixtures.copyContent(content);
		Files.writeString(content.resolve("articles/pinned-before-v90.md"), """
				---
				title: Pinned before V90
				date: 2025-05-02T09:00:00Z
				categories: [anxiety]
				featured: true
				weight: 2
				---

				Pinned.
				""");
		contentImport.importFrom(content, UnknownCategories.CREATE);
		sql("update article set pin_weight = null where slug = 'pinned-before-v90'");
	}

	@Test
	void theUnchangedFileIsSkippedWithoutTheMigration() {
		ImportReport report = contentImport.importFrom(content, UnknownCategories.CREATE);

		assertThat(report.updated()).isZero();
		assertThat(pinWeight()).isNull();
	}

	@Test
	void afterV103TheNextImportReadsTheFileOnceAndTakesItsWeight() throws IOException {
		long id = repository.findBySlug("pinned-before-v90").orElseThrow().getId();
		long revisionsBefore = revisions.countByArticleId(id);

		sql(Files.readString(V103));
		ImportReport reread = contentImport.importFrom(content, UnknownCategories.CREATE);

		assertThat(pinWeight()).isEqualTo(2);
		assertThat(reread.updated()).isPositive();
		assertThat(revisions.countByArticleId(id)).as("the same bytes make no new revision").isEqualTo(revisionsBefore);
		ImportReport next = contentImport.importFrom(content, UnknownCategories.CREATE);
		assertThat(next.updated()).as("later starts skip the files again").isZero();
		assertThat(next.unchanged()).isEqualTo(reread.updated() + reread.unchanged());
	}

	private Integer pinWeight() {
		entityManager.clear();
		Number weight = (Number) entityManager
			.createNativeQuery("select pin_weight from article where slug = 'pinned-before-v90'")
			.getSingleResult();
		return weight == null ? null : weight.intValue();
	}

	private void sql(String statements) {
		NativeSql.run(entityManager, statements);
	}

}
