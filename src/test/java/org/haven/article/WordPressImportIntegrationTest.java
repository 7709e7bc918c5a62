package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.haven.migrate.ImportProgress;
import org.haven.migrate.WordPressImport;
import org.haven.migrate.WordPressReport;
import org.haven.taxonomy.TagRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A hand-written WordPress export with every element kind (posts in each status, a page,
 * nested categories, tags, authors, a featured image, a missing attachment, a comment,
 * Gutenberg blocks, odd HTML, non-ASCII text) imported into an empty content folder.
 */
@ArticleModuleTest
@Import(WordPressImport.class)
class WordPressImportIntegrationTest {

	static final Path FIXTURE = Path.of("src/test/resources/fixtures/wordpress");

	@TempDir
	Path content;

	@Autowired
	WordPressImport wordPress;

	@Autowired
	ArticleRepository repository;

	@Autowired
	Articles articles;

	WordPressReport report;

	@BeforeEach
	void importTheExport() {
		report = run();
	}

	WordPressReport run() {
		return wordPress.importExport(FIXTURE.resolve("export.xml"), FIXTURE.resolve("uploads"), content,
				ImportProgress.none());
	}

	@Test
	void importsPostsByStatusPagesAndAuthorsAndReportsWhatItSkipped() {
		assertThat(report.posts()).isEqualTo(6);
		assertThat(report.pages()).isEqualTo(1);
		assertThat(report.authors()).isEqualTo(2);
		assertThat(report.content().problems()).isEmpty();
		assertThat(articles.published("sleep-better")).isPresent();
		assertThat(articles.published("worry-time")).isPresent();
		assertThat(repository.findBySlug("an-unfinished-thought").orElseThrow().getStatus())
			.isEqualTo(ArticleStatus.DRAFT);
		assertThat(repository.findBySlug("waiting-for-review").orElseThrow().getStatus())
			.isEqualTo(ArticleStatus.DRAFT);
		assertThat(repository.findBySlug("only-for-me").orElseThrow().getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(repository.findBySlug("coming-soon").orElseThrow().getPublishedAt())
			.isEqualTo(Instant.parse("2030-01-01T08:00:00Z"));
		assertThat(articles.published("coming-soon")).isEmpty();
		assertThat(articles.page("uber-uns")).isPresent();
		assertThat(report.skipped()).anySatisfy(s -> assertThat(s).contains("'Old thing': status trash"))
			.anySatisfy(
					s -> assertThat(s).isEqualTo("5 comments: this application has no comments module to take them"))
			.anySatisfy(s -> assertThat(s).startsWith("1 pingbacks and trackbacks"));
		assertThat(report.comments()).isZero();
		assertThat(report.missingMedia()).singleElement().satisfies(m -> assertThat(m).startsWith("2018/01/gone.jpg"));
	}

	@Test
	void flattensNestedCategoriesAndKeepsTagsAuthorsAndTheFeaturedImage() throws IOException {
		ArticleDetail sleep = articles.published("sleep-better").orElseThrow();
		assertThat(sleep.card().categoryName()).isEqualTo("Wellbeing › Sleep");
		assertThat(sleep.card().tags()).extracting(TagRef::label).containsExactly("Rest", "Nuit étoilée");
		assertThat(sleep.card().author().name()).isEqualTo("Zoë Brontë");
		assertThat(sleep.card().publishedAt()).isEqualTo(Instant.parse("2019-03-11T08:30:00Z"));
		assertThat(sleep.card().summary()).isEqualTo("A small routine helps you sleep.");
		assertThat(repository.findBySlug("sleep-better").orElseThrow().getCover().image())
			.isEqualTo("/media/wordpress/2019/03/calm-lake.gif");
		assertThat(content.resolve("media/wordpress/2019/03/calm-lake.gif")).exists();
		// the attachment's caption, a photo credit with its link
		assertThat(sleep.coverCaption()).isEqualTo("Photo by [Kai Ström](https://example.org/kai), CC BY 4.0");
		assertThat(Files.readString(content.resolve("authors/zoe.md"))).contains("Zoë Brontë");
	}

	@Test
	void keepsANestedCategorysParentInItsDescriptionAndInCategoriesYaml() throws IOException {
		assertThat(articles.categories()).filteredOn(c -> c.slug().equals("wellbeing-sleep"))
			.singleElement()
			.satisfies(c -> {
				assertThat(c.name()).isEqualTo("Wellbeing › Sleep");
				assertThat(c.description()).isEqualTo("Parent: Wellbeing");
			});
		assertThat(articles.categories()).filteredOn(c -> c.slug().equals("wellbeing"))
			.singleElement()
			.satisfies(c -> assertThat(c.description()).isEmpty());
		assertThat(Files.readString(content.resolve("categories.yaml"))).contains("Parent: Wellbeing");

		run();

		assertThat(articles.categories()).filteredOn(c -> c.slug().equals("wellbeing-sleep")).hasSize(1);
	}

	@Test
	void convertsTheBodyToMarkdownWithoutBlockCommentsScriptsOrThirdPartyFrames() throws IOException {
		String markdown = Files.readString(content.resolve("articles/wordpress/sleep-better.md"));
		assertThat(markdown)
			.contains("## Before bed", "**easier**", "Ça marche", "* Dim the lights", "(/articles/worry-time)",
					"(/articles/an-unfinished-thought)", "/media/wordpress/2019/03/calm-lake.gif")
			.doesNotContain("wp:paragraph", "alert(", "[gallery");
		// the gallery without ids shows the image uploaded to the post
		assertThat(markdown).contains("![](/media/wordpress/2019/03/calm-lake.gif)");
		String html = articles.published("sleep-better").orElseThrow().bodyHtml();
		assertThat(html).contains("<h2", "<strong>easier</strong>", "stays readable")
			.doesNotContain("<script", "<iframe", "tracker.example.com");
		assertThat(Files.readString(content.resolve("articles/wordpress/worry-time.md")))
			.contains("Set aside fifteen minutes a day.\n\nWrite the worries down");
	}

	@Test
	void keepsEveryOldAddressAsARedirect() {
		assertThat(articles.slugForAlias("/2019/03/11/sleep-better")).contains("sleep-better");
		assertThat(articles.slugForAlias("/?p=10")).contains("sleep-better");
		assertThat(articles.aliases()).containsEntry("/?p=11", "/articles/worry-time");
	}

	@Test
	void numberedArchivesAndAttachmentPagesGoToTheSitesRedirectsOnce() throws IOException {
		String redirects = Files.readString(content.resolve("redirects.yaml"));

		assertThat(redirects)
			.contains("\"/?cat=4\": \"/categories/wellbeing-sleep\"", "\"/?author=1\": \"/authors/zoe\"",
					// an upload's attachment page goes to the file; the missing upload's
					// stays out
					"\"/2019/03/11/sleep-better/calm-lake\": \"/media/wordpress/2019/03/calm-lake.gif\"",
					"\"/?attachment_id=20\": \"/media/wordpress/2019/03/calm-lake.gif\"")
			.doesNotContain("attachment_id=21");
		run();
		assertThat(Files.readString(content.resolve("redirects.yaml"))).isEqualTo(redirects);
	}

	@Test
	void aPageKeepsItsQueryAddressesToo() {
		assertThat(articles.addressForAlias("/?page_id=30")).contains("/uber-uns");
		assertThat(articles.addressForAlias("/?p=30")).contains("/uber-uns");
		assertThat(articles.aliases()).containsEntry("/?page_id=30", "/uber-uns");
	}

	@Test
	void aSecondRunUpdatesNothingAndDuplicatesNothing() {
		long before = repository.count();
		WordPressReport again = run();

		assertThat(repository.count()).isEqualTo(before);
		assertThat(again.content().imported()).isZero();
		assertThat(again.content().updated()).isZero();
	}

}
