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
 * A summary stored while the first paragraph's text still carried link addresses is
 * renewed by V112 on the next import, without a new revision, and only for such
 * summaries.
 */
@ArticleModuleTest
class SummaryRereadIntegrationTest {

	static final Path V112 = Path.of("src/main/resources/db/migration/V112__reread_summaries_with_addresses.sql");

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
	void anArticleWhoseSummaryWasStoredWithAnAddress() throws IOException {
		Fixtures.copyContent(content);
		Files.writeString(content.resolve("articles/help-nearby.md"), """
				---
				title: Help nearby
				date: 2025-05-02T09:00:00Z
				categories: [anxiety]
				---

				See [the NHS page](https://www.nhs.uk) for help near you.

				More.
				""");
		contentImport.importFrom(content, UnknownCategories.CREATE);
		sql("update article set summary = 'See \"the NHS page\" (https://www.nhs.uk) for help near you.'"
				+ " where slug = 'help-nearby'");
	}

	@Test
	void withoutTheMigrationTheUnchangedFileIsSkippedAndTheAddressStays() {
		assertThat(contentImport.importFrom(content, UnknownCategories.CREATE).updated()).isZero();
		assertThat(summary()).contains("(https://www.nhs.uk)");
	}

	@Test
	void afterV112TheNextImportReadsTheFileOnceAndTakesTheSummaryAsText() throws IOException {
		long id = repository.findBySlug("help-nearby").orElseThrow().getId();
		long revisionsBefore = revisions.countByArticleId(id);

		sql(Files.readString(V112));
		ImportReport reread = contentImport.importFrom(content, UnknownCategories.CREATE);

		assertThat(summary()).isEqualTo("See the NHS page for help near you.");
		assertThat(reread.updated()).as("only the article whose summary had an address").isEqualTo(1);
		assertThat(revisions.countByArticleId(id)).as("the same bytes make no new revision").isEqualTo(revisionsBefore);
		assertThat(contentImport.importFrom(content, UnknownCategories.CREATE).updated())
			.as("later starts skip the file again")
			.isZero();
	}

	private String summary() {
		entityManager.clear();
		return (String) entityManager.createNativeQuery("select summary from article where slug = 'help-nearby'")
			.getSingleResult();
	}

	private void sql(String statements) {
		NativeSql.run(entityManager, statements);
	}

}
