package org.haven.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.haven.article.ArticleEditing;
import org.haven.article.Articles;
import org.haven.article.ContentImport;
import org.haven.article.EditableArticle;
import org.haven.article.EditorialQueries;
import org.haven.article.ImportReport;
import org.haven.article.SiteContentChanged;
import org.haven.content.ContentProperties;
import org.haven.content.ImportProblem;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.haven.taxonomy.CategoryDraft;
import org.haven.taxonomy.CategoryEditing;
import org.haven.taxonomy.CategoryEditing.CategoryChange;
import org.haven.taxonomy.CategoryView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.yaml.snakeyaml.Yaml;

/**
 * Categories changed in the editor: {@code categories.yaml} rewritten atomically and read
 * back unchanged, articles moved as new revisions, old slugs redirected, and a category
 * renamed away staying away.
 */
@EditorIntegrationTest
class CategoryEditingIntegrationTest {

	static final String WHO = "editor@haven.test";

	@Autowired
	CategoryEditing categories;

	@Autowired
	ArticleEditing editing;

	@Autowired
	EditorialQueries queries;

	@Autowired
	Articles articles;

	@Autowired
	ContentImport contentImport;

	@Autowired
	ContentProperties content;

	@Autowired
	CategoriesFile writer;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void reset() {
		writer.beforeMove = temp -> {
		};
	}

	@Test
	void aNewCategoryIsWrittenToTheFileWithItsCommentsAndAReimportChangesNothing() throws IOException {
		String unique = Drafts.uniqueSlug("calm");
		CategoryView created = categories
			.create(new CategoryDraft(" Calm: " + unique, "", "Quiet # practices, 'yes'.", null));

		assertThat(created.slug()).isEqualTo("calm-" + unique);
		String yaml = Files.readString(file());
		assertThat(yaml).startsWith("""
				# Categories are declared here so a typo in an article cannot create a stray one.
				# Articles name a category by its slug; `order` sets the order in menus and lists.
				- slug: therapy
				""");
		assertThat(entries()).contains(Map.of("slug", "calm-" + unique, "name", "Calm: " + unique, "description",
				"Quiet # practices, 'yes'.", "order", created.order()));
		assertThat(created.order()).isGreaterThan(7);
		assertNoTemporaryFiles();

		List<CategoryView> before = queries.categories();
		events.clear();
		ImportReport report = contentImport.importAll();
		assertThat(report.imported() + report.updated()).isZero();
		assertThat(report.problems()).noneMatch(p -> p.file().equals("categories.yaml"));
		assertThat(queries.categories()).isEqualTo(before);
		assertThat(events.stream(SiteContentChanged.class)).isEmpty();
	}

	@Test
	void renamingMovesEveryArticleAsARevisionAndChainedRenamesRedirectToTheNewest() throws IOException {
		String first = categories.create(new CategoryDraft("First " + Drafts.uniqueSlug("c"), "", "", null)).slug();
		EditableArticle draft = editing.create(Drafts.publishable(Drafts.uniqueSlug("moving")).withCategory(first),
				WHO);
		EditableArticle published = editing.publish(draft.id(), draft.version(), draft.draft(), null, WHO);
		String second = first + "-two";
		String third = first + "-three";

		CategoryChange change = categories.update(first, new CategoryDraft("Second", second, "Moved.", 50), WHO);
		categories.update(second, new CategoryDraft("Third", third, "Moved again.", null), WHO);

		assertThat(change.moved()).isEqualTo(1);
		assertThat(change.refused()).isEmpty();
		assertThat(change.category()).isEqualTo(new CategoryView(second, "Second", "Moved.", 50, 1));
		assertThat(queries.category(third).order()).isEqualTo(50);
		assertThat(queries.editable(published.id()).draft().category()).isEqualTo(third);
		assertThat(queries.revisions(published.id())).hasSize(4);
		assertThat(Files.readString(content.dir().resolve("articles/" + draft.draft().slug() + ".md")))
			.contains("categories:\n  - " + third);
		assertThat(articles.category(first)).isEmpty();
		assertThat(articles.category(second)).isEmpty();
		assertThat(articles.categoryRedirect(first)).contains(third);
		assertThat(articles.categoryRedirect(second)).contains(third);
		assertThat(entries()).extracting(e -> e.get("slug")).contains(third).doesNotContain(first, second);

		ImportReport report = contentImport.importAll();
		assertThat(report.imported() + report.updated()).isZero();
		assertThat(queries.revisions(published.id())).hasSize(4);
	}

	@Test
	void aMergedCategoryStaysAwayWhenAnOldCopyOfTheFileIsImported() throws IOException {
		String stays = categories.create(new CategoryDraft("Stays " + Drafts.uniqueSlug("c"), "", "", null)).slug();
		String goes = categories.create(new CategoryDraft("Goes " + Drafts.uniqueSlug("c"), "", "", null)).slug();
		byte[] old = Files.readAllBytes(file());

		categories.merge(goes, stays, WHO);
		byte[] rewritten = Files.readAllBytes(file());
		try {
			Files.write(file(), old);
			ImportReport report = contentImport.importAll();

			assertThat(report.problems()).extracting(ImportProblem::toString)
				.contains("categories.yaml:1: category '" + goes + "' was renamed or merged into '" + stays
						+ "' in the editor: remove it from the file (or create it again in the editor)");
			assertThat(articles.category(goes)).isEmpty();
			assertThat(articles.categoryRedirect(goes)).contains(stays);
		}
		finally {
			Files.write(file(), rewritten);
		}
	}

	@Test
	void anArticleThatCannotMoveKeepsTheOldCategoryWithoutARedirect() throws IOException {
		String from = categories.create(new CategoryDraft("From " + Drafts.uniqueSlug("c"), "", "", null)).slug();
		String into = categories.create(new CategoryDraft("Into " + Drafts.uniqueSlug("c"), "", "", null)).slug();
		String slug = Drafts.uniqueSlug("no-summary");
		Files.writeString(content.dir().resolve("articles/" + slug + ".md"), """
				---
				title: Without a summary %s
				date: 2026-01-05T09:00:00Z
				categories: [%s]
				---

				Imported as published, but it would not pass today's publish checks.
				""".formatted(slug, from), StandardCharsets.UTF_8);
		contentImport.importAll();

		CategoryChange change = categories.merge(from, into, WHO);

		assertThat(change.moved()).isZero();
		assertThat(change.refused()).singleElement().asString().startsWith("Without a summary " + slug + ": Write a");
		assertThat(articles.category(from)).isPresent();
		assertThat(articles.categoryRedirect(from)).isEmpty();
		assertThat(entries()).extracting(e -> e.get("slug")).contains(from, into);
	}

	@Test
	void aFailedWriteOfTheFileLeavesFileAndDatabaseAsTheyWere() throws IOException {
		String name = "Power cut " + Drafts.uniqueSlug("c");
		byte[] before = Files.readAllBytes(file());
		writer.beforeMove = temp -> {
			throw new IllegalStateException("power cut");
		};

		assertThatThrownBy(() -> categories.create(new CategoryDraft(name, "", "", null)))
			.hasMessageContaining("power cut");

		assertThat(Files.readAllBytes(file())).isEqualTo(before);
		assertThat(queries.categories()).noneMatch(c -> c.name().equals(name));
		assertNoTemporaryFiles();
	}

	private Path file() {
		return content.dir().resolve("categories.yaml");
	}

	private List<Map<String, Object>> entries() throws IOException {
		return new Yaml().load(Files.readString(file()));
	}

	private void assertNoTemporaryFiles() throws IOException {
		try (Stream<Path> files = Files.list(content.dir())) {
			assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
		}
	}

}
