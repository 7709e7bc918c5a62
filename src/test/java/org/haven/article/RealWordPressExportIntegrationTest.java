package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * An export written by WordPress 6.1 itself ({@code fixtures/wordpress-6.1}, made by the
 * script beside it): a classic-editor post with WordPress's shortcodes and automatic
 * paragraphs, a block-editor post with figures, an embed, columns, a pullquote and a
 * reusable block, a post in Japanese, a password-protected one, and names that WordPress
 * keeps with their HTML entities.
 */
@ArticleModuleTest
@Import(WordPressImport.class)
class RealWordPressExportIntegrationTest {

	static final Path EXPORT = Path.of("src/test/resources/fixtures/wordpress-6.1");

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
		report = wordPress.importExport(EXPORT.resolve("export.xml"), EXPORT.resolve("uploads"), content,
				ImportProgress.none());
	}

	@Test
	void aClassicPostKeepsItsParagraphsCaptionedImageVideoLinkQuoteAndSummaryBreak() throws IOException {
		String markdown = body("when-worry-wont-switch-off-a-classic-post-more");

		assertThat(markdown).contains("3 a.m.\n\nThis post walks through")
			.contains("## What is happening in the body\n\nYour body is getting ready")
			.contains(
					"![Boats at dawn](/media/wordpress/2021/05/harbour-dawn.jpg)\n\n*The harbour before the town wakes up*")
			.contains("[Video on YouTube](https://www.youtube.com/watch?v=aXItOY0sLRY)")
			.contains("> It passes. It always has.")
			.contains("[Video on Vimeo](https://vimeo.com/76979871)")
			.contains("crisis line.\n\n<!--more-->\n\nThe rest is for later.")
			.doesNotContain("[caption", "\\[caption", "[embed", "[gallery", "300x188");
		ArticleDetail post = articles.published("when-worry-wont-switch-off-a-classic-post-more").orElseThrow();
		assertThat(post.card().summary()).doesNotContain("The rest is for later");
		assertThat(post.bodyHtml()).contains("<blockquote>", "<h2").doesNotContain("<iframe");
	}

	@Test
	void aBlockEditorPostLosesItsWrappersButNotItsContent() throws IOException {
		String markdown = body("grounding-step-by-step");

		assertThat(markdown).doesNotContain("<figure", "<div", "wp-block", "wp:")
			.contains("## Three steps")
			.contains("*Morning light*")
			.contains("> Slow is fine.\n>\n> — A reader")
			.contains("| Night   | No screens \\& tea |")
			.contains("[Box breathing, four counts each (YouTube)](https://www.youtube.com/watch?v=aXItOY0sLRY)")
			.contains("Left column text.\n\nRight column text.")
			.contains("<abbr title=\"cognitive behavioural therapy\">CBT</abbr>")
			.contains("If you are in danger now, call your local emergency number.");
		assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("'Grounding, step by step'")
			.contains("shortcode [contact-form-7] has no Haven form"));
		assertThat(markdown).contains("\\[contact-form-7 id=\"42\" title=\"Contact\"\\]");
	}

	@Test
	void namesKeptWithTheirEntitiesReadAsText() {
		ArticleDetail post = articles.published("when-worry-wont-switch-off-a-classic-post-more").orElseThrow();

		assertThat(post.card().title()).isEqualTo("When worry won’t switch off: a “classic” post & more");
		assertThat(post.card().categoryName()).isEqualTo("Anxiety & Stress › Panic");
		assertThat(post.card().tags()).extracting(TagRef::label).contains("Sleep & rest");
		assertThat(articles.categories()).extracting(c -> c.name()).doesNotContain("Anxiety &amp; Stress");
	}

	@Test
	void aPostWithoutLatinLettersGetsAnAddressFromItsIdAndItsOldOneRedirects() {
		ArticleDetail post = articles.published("post-8").orElseThrow();

		assertThat(post.card().title()).isEqualTo("気分が落ち込むとき");
		assertThat(articles.slugForAlias(
				"/2023/01/09/%e6%b0%97%e5%88%86%e3%81%8c%e8%90%bd%e3%81%a1%e8%be%bc%e3%82%80%e3%81%a8%e3%81%8d"))
			.contains("post-8");
		assertThat(post.card().categoryName()).isEqualTo("気分");
		assertThat(articles.categories()).extracting(c -> c.slug()).allMatch(slug -> !slug.isEmpty());
		assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("/articles/post-8"));
	}

	@Test
	void aPasswordProtectedPostIsNotPublishedAndTheReportSaysWhy() {
		assertThat(articles.published("members-only")).isEmpty();
		assertThat(repository.findBySlug("members-only").orElseThrow().getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(report.notes())
			.anySatisfy(note -> assertThat(note).contains("'Members only'").contains("password-protected"));
	}

	@Test
	void theFeaturedImageKeepsItsAltTextAndTheSeoDescriptionBecomesTheMetaDescription() throws IOException {
		String front = Files
			.readString(content.resolve("articles/wordpress/when-worry-wont-switch-off-a-classic-post-more.md"));

		assertThat(front).contains("cover: /media/wordpress/2021/05/harbour-dawn.jpg")
			.contains("cover_alt: Fishing boats moored in a calm harbour at dawn")
			.contains("description: What a racing mind at night is, and small steps that help.");
		assertThat(body("when-worry-wont-switch-off-a-classic-post-more"))
			.contains("![Fishing boats moored in a calm harbour at dawn](/media/wordpress/2021/05/harbour-dawn.jpg)");
		assertThat(Files.readString(content.resolve("articles/wordpress/grounding-step-by-step.md")))
			.contains("description: Three grounding steps for when feelings run high & thoughts race.");
	}

	@Test
	void aStickyPostIsFeatured() throws IOException {
		assertThat(Files.readString(content.resolve("articles/wordpress/grounding-step-by-step.md")))
			.contains("featured: true");
		assertThat(Files
			.readString(content.resolve("articles/wordpress/when-worry-wont-switch-off-a-classic-post-more.md")))
			.doesNotContain("featured");
	}

	private String body(String slug) throws IOException {
		String file = Files.readString(content.resolve("articles/wordpress/" + slug + ".md"));
		return file.substring(file.indexOf("\n---\n") + 5);
	}

}
