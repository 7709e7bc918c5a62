package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.haven.content.ContentProperties.UnknownCategories;
import org.haven.content.ImportProblem;
import org.haven.support.Fixtures;
import org.haven.taxonomy.CategoryView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Hugo site's content, as several themes' example sites write it (TOML, YAML and JSON
 * front matter, category and author names, quoted dates, a duplicate key, page bundles,
 * shortcodes, a translation and a section file), copied into {@code content/articles/}
 * unedited: every post imports.
 */
@ArticleModuleTest
class HugoImportIntegrationTest {

	static final Path HUGO = Path.of("src/test/resources/fixtures/hugo");

	@TempDir
	Path content;

	@Autowired
	ContentImport contentImport;

	@Autowired
	Articles articles;

	@Autowired
	ArticleRepository repository;

	ImportReport report;

	@BeforeEach
	void importTheHugoSite() {
		Fixtures.copy(HUGO, content);
		report = contentImport.importFrom(content, UnknownCategories.CREATE);
	}

	@Test
	void importsEveryPostAndFailsNone() {
		assertThat(report.problems()).isEmpty();
		assertThat(report.imported()).isEqualTo(15);
		assertThat(repository.findBySlug("markdown-syntax")).isPresent();
		assertThat(repository.findBySlug("bundle-of-calm")).isPresent();
		assertThat(repository.findBySlug("my--double-hyphen")).isPresent();
	}

	@Test
	void skipsSectionFilesAndTranslationsWithTheReason() {
		assertThat(report.warnings()).extracting(ImportProblem::toString)
			.contains("articles/post/_index.md:1: skipped: a Hugo section description (_index.md), not an article")
			.anySatisfy(w -> assertThat(w)
				.startsWith("articles/post/bundle-of-calm/index.fr.md:1: skipped: a translation ('fr')"));
	}

	@Test
	void skipsWhatHugoDoesNotPublishAndThemesStandInPagesWithTheReason() {
		assertThat(report.warnings()).extracting(ImportProblem::toString)
			.contains("articles/post/footer-snippet.md:1: skipped: a headless Hugo page (headless: true),"
					+ " which Hugo does not publish either")
			.contains("articles/post/unlisted-note.md:1: skipped: Hugo does not render it (_build.render: false)")
			.contains("articles/search.md:1: skipped: the stand-in page of a Hugo theme's 'search' layout;"
					+ " Haven has its own at /search")
			.contains("articles/archives.md:1: skipped: the stand-in page of a Hugo theme's 'archives' layout;"
					+ " Haven has its own at /archive. To keep its old address, add \"/archives/\": \"/archive\""
					+ " to content/redirects.yaml");
		assertThat(repository.findBySlug("search")).isEmpty();
		assertThat(repository.findBySlug("archive")).isEmpty();
		assertThat(repository.findBySlug("footer-snippet")).isEmpty();
		assertThat(repository.findBySlug("unlisted-note")).isEmpty();
	}

	@Test
	void aFileThatBecomesHeadlessLeavesTheSite() throws IOException {
		Path file = content.resolve("articles/posts/quoted-date.md");
		assertThat(repository.findBySlug("quoted-date")).get()
			.extracting(Article::getStatus)
			.isEqualTo(ArticleStatus.PUBLISHED);
		Files.writeString(file, Files.readString(file).replaceFirst("---\n", "---\nheadless: true\n"));

		ImportReport again = contentImport.importFrom(content, UnknownCategories.CREATE);

		assertThat(again.withdrawn()).isEqualTo(1);
		assertThat(repository.findBySlug("quoted-date")).get()
			.extracting(Article::getStatus)
			.isEqualTo(ArticleStatus.UNPUBLISHED);
	}

	@Test
	void createsUnknownCategoriesOnceWithTheFilesThatNameThemAndWritesThemToCategoriesYaml() throws IOException {
		assertThat(report.createdCategories()).containsOnlyKeys("themes", "syntax", "sleep", "uncategorised");
		assertThat(report.createdCategories().get("sleep")).containsExactly("articles/post/highlight-and-refs.md",
				"articles/posts/series-part-two.md");
		assertThat(Files.readString(content.resolve("categories.yaml"))).contains("slug: sleep", "name: Sleep",
				"slug: uncategorised");
		assertThat(articles.categories()).extracting(CategoryView::slug).contains("anxiety", "sleep", "themes");
	}

	@Test
	void matchesCategoriesByNameIgnoringCaseAndKeepsThemAll() {
		ArticleDetail detail = articles.published("highlight-and-refs").orElseThrow();
		assertThat(detail.card().categorySlug()).isEqualTo("anxiety");
		assertThat(articles.inCategory("sleep", 1, 10).items()).extracting(ArticleCard::slug)
			.containsExactlyInAnyOrder("highlight-and-refs", "series-part-two");
		assertThat(articles.inCategory("anxiety", 1, 10).items()).extracting(ArticleCard::slug)
			.contains("highlight-and-refs", "placeholder-text", "quoted-date", "emoji-support");
	}

	@Test
	void unknownAuthorsGetAProfileStubAndAreReported() {
		assertThat(report.createdAuthors()).containsKeys("hugo-authors", "jane-doe", "me");
		assertThat(content.resolve("authors/hugo-authors.md")).content().contains("name: Hugo Authors");
		assertThat(articles.published("placeholder-text").orElseThrow().card().author().slug()).isEqualTo("jane-doe");
		assertThat(articles.published("highlight-and-refs").orElseThrow().card().author().slug()).isEqualTo("jane-doe");
	}

	@Test
	void aCoverWithoutItsFileIsAWarningAndABundlesCoverIsNot() {
		assertThat(report.warnings()).extracting(ImportProblem::toString)
			.anySatisfy(w -> assertThat(w)
				.startsWith("articles/posts/cover-theme.md:16: cover image '<image path/url>' is not in content/media"))
			.noneSatisfy(w -> assertThat(w).contains("bundle-of-calm").contains("cover image"));
		assertThat(repository.findBySlug("cover-theme")).as("the article still imports").isPresent();
	}

	@Test
	void aDuplicateKeyIsAWarningAndTheLastValueWins() {
		assertThat(report.warnings()).extracting(ImportProblem::toString)
			.contains(
					"articles/post/math-typesetting.md:8: duplicate key 'tags' on lines 7 and 8: the value on line 8 is used");
		assertThat(articles.published("math-typesetting").orElseThrow().card().tags()).extracting(t -> t.slug())
			.containsExactly("math", "katex");
	}

	@Test
	void quotedDatesWithoutTimeAreMidnightAndSummariesComeFromDescriptionOrMore() {
		ArticleDetail quoted = articles.published("quoted-date").orElseThrow();
		assertThat(quoted.card().publishedAt()).isEqualTo(Instant.parse("2018-12-24T00:00:00Z"));
		assertThat(quoted.card().summary()).isEqualTo("Holidays can be hard, and that is normal.");
		assertThat(articles.published("markdown-syntax").orElseThrow().card().summary())
			.isEqualTo("Sample article showcasing basic Markdown syntax and formatting for HTML elements.");
	}

	@Test
	void rendersCommonShortcodesAndLeavesUnknownOnesVisibleWithTheirLine() {
		assertThat(report.warnings()).extracting(ImportProblem::toString)
			.anySatisfy(w -> assertThat(w).startsWith("articles/post/rich-content.md:35: unknown shortcode 'notice'"))
			.noneSatisfy(w -> assertThat(w).contains("'tweet'"))
			.noneSatisfy(w -> assertThat(w).contains("'vimeo_simple'"));
		String rich = articles.published("rich-content").orElseThrow().bodyHtml();
		assertThat(rich).contains("href=\"https://www.youtube.com/watch?v&#61;ZJthWmvUzzc\"",
				"href=\"https://vimeo.com/146022717\"", "A quiet video",
				"href=\"https://x.com/DesignReviewed/status/1085870671291310081\"", "Post by &#64;DesignReviewed on X",
				"href=\"https://vimeo.com/48912912\"", "{&lt; notice tip &gt;}}Take a slow breath first.")
			.doesNotContain("<iframe", "twitter.com/widgets", "platform.twitter.com");
		String refs = articles.published("highlight-and-refs").orElseThrow().bodyHtml();
		assertThat(refs).contains("href=\"/articles/markdown-syntax\"", "href=\"/articles/rich-content\"",
				"class=\"language-go\"", "fmt.Println", "src=\"/media/sea.jpg\"",
				"<figcaption>Morning tide</figcaption>", "{&lt; youtube abc &gt;}}");
	}

	@Test
	void aRefToAFileWhoseFrontMatterNamesAnotherSlugFindsItsArticle() {
		assertThat(articles.published("highlight-and-refs").orElseThrow().bodyHtml())
			.contains("href=\"/articles/2019-03-11-breathing\"");
		assertThat(articles.slugForFileName("2019-03-11-breathing")).contains("slow-breathing");
		assertThat(articles.slugForFileName("slow-breathing")).isEmpty();
		assertThat(articles.slugForFileName("breathing")).isEmpty();
	}

	@Test
	void publishDateSchedulesAndExpiryDateUnpublishes() {
		assertThat(repository.findBySlug("later").orElseThrow().getPublishedAt())
			.isEqualTo(Instant.parse("2020-06-01T09:00:00Z"));
		assertThat(articles.published("later")).isEmpty();
		assertThat(articles.published("draft-notes")).isEmpty();
	}

	@Test
	void keepsHugosCoverAndAliases() {
		assertThat(repository.findBySlug("cover-theme").orElseThrow().getCover().image()).isEqualTo("<image path/url>");
		assertThat(repository.findBySlug("bundle-of-calm").orElseThrow().getCover().image())
			.isEqualTo("/media/bundle-of-calm-cover.jpg");
		assertThat(articles.slugForAlias("/old/sleep-part-2")).contains("series-part-two");
		assertThat(articles.slugForAlias("/posts/part-2")).contains("series-part-two");
		assertThat(articles.slugForAlias("/post/migrate-from-jekyl")).contains("markdown-syntax");
		// Hugo's url: the address the post had, kept from the site's move before Hugo
		assertThat(articles.slugForAlias("/2018/12/holidays-when-they-hurt.html")).contains("quoted-date");
	}

	@Test
	void keepsKeywordsAndSeriesForTheArticlePage() {
		ArticleDetail part = articles.published("series-part-two").orElseThrow();
		assertThat(part.keywords()).containsExactly("sleep", "rest");
		assertThat(part.series()).containsExactly("Sleep well");
		assertThat(articles.published("markdown-syntax").orElseThrow().series()).containsExactly("Themes Guide");
	}

	@Test
	void weightOrdersPinnedArticlesLowerFirstAndUnweightedLast() throws IOException {
		Path pinned = content.resolve("articles/pinned");
		Files.createDirectories(pinned);
		pin(pinned, "pinned-unweighted", "2024-05-03", "");
		pin(pinned, "pinned-heavy", "2024-05-01", "weight: 20\n");
		pin(pinned, "pinned-light", "2024-05-02", "weight: 3\n");

		contentImport.importFrom(content, UnknownCategories.CREATE);

		assertThat(articles.featured(1000)).extracting(ArticleCard::slug)
			.filteredOn(slug -> slug.startsWith("pinned-"))
			.containsExactly("pinned-light", "pinned-heavy", "pinned-unweighted");
	}

	private static void pin(Path folder, String slug, String date, String weight) throws IOException {
		Files.writeString(folder.resolve(slug + ".md"), "---\ntitle: " + slug + "\ndate: " + date
				+ "\ncategories: [Anxiety]\nfeatured: true\n" + weight + "---\n\nPinned.\n");
	}

	@Test
	void copiesAPageBundlesImagesIntoTheMediaLibraryAndPointsTheArticleThere() throws IOException {
		Path bundle = content.resolve("articles/post/bundle-of-calm");
		assertThat(content.resolve("media/bundle-of-calm-cover.jpg"))
			.hasSameBinaryContentAs(bundle.resolve("cover.jpg"));
		assertThat(content.resolve("media/bundle-of-calm-lake.jpg")).hasSameBinaryContentAs(bundle.resolve("lake.jpg"));
		assertThat(articles.published("bundle-of-calm").orElseThrow().bodyHtml())
			.contains("src=\"/media/bundle-of-calm-lake.jpg\"")
			.doesNotContain("src=\"lake.jpg\"");
		assertThat(bundle.resolve("index.md")).content().contains("image: cover.jpg", "(lake.jpg)");
	}

	@Test
	void aBundlesImagesInItsOwnFoldersAndItsDocumentsJoinTheMediaLibraryToo() {
		Path bundle = content.resolve("articles/post/bundle-of-calm");
		assertThat(content.resolve("media/bundle-of-calm-images-shore.jpg"))
			.hasSameBinaryContentAs(bundle.resolve("images/shore.jpg"));
		assertThat(content.resolve("media/bundle-of-calm-worksheet.pdf"))
			.hasSameBinaryContentAs(bundle.resolve("worksheet.pdf"));
		assertThat(articles.published("bundle-of-calm").orElseThrow().bodyHtml())
			.contains("src=\"/media/bundle-of-calm-images-shore.jpg\"", "href=\"/media/bundle-of-calm-worksheet.pdf\"");
	}

	@Test
	void aSecondImportLeavesTheBundlesCopiedImagesAsTheyAre() throws IOException {
		Path copy = content.resolve("media/bundle-of-calm-lake.jpg");
		var copied = Files.getLastModifiedTime(copy);
		Files.writeString(content.resolve("articles/post/bundle-of-calm/index.md"), "\nEdited.\n",
				java.nio.file.StandardOpenOption.APPEND);

		ImportReport again = contentImport.importFrom(content, UnknownCategories.CREATE);

		assertThat(again.updated()).isEqualTo(1);
		assertThat(Files.getLastModifiedTime(copy)).isEqualTo(copied);
		try (var media = Files.list(content.resolve("media"))) {
			assertThat(media.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("bundle-of-calm-cover.jpg",
					"bundle-of-calm-lake.jpg", "bundle-of-calm-images-shore.jpg", "bundle-of-calm-worksheet.pdf");
		}
		assertThat(repository.findBySlug("bundle-of-calm").orElseThrow().getCover().image())
			.isEqualTo("/media/bundle-of-calm-cover.jpg");
	}

	@Test
	void aSecondImportChangesNothing() {
		ImportReport again = contentImport.importFrom(content, UnknownCategories.CREATE);
		assertThat(again.imported()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(15);
		assertThat(again.createdCategories()).isEmpty();
	}

}
