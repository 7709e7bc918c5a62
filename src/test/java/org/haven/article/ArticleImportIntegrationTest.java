package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.haven.article.ArticleEvent.ArticlePublished;
import org.haven.article.ArticleEvent.ArticleUpdated;
import org.haven.article.ArticleEvent.ArticleWithdrawn;
import org.haven.content.ImportProblem;
import org.haven.support.Fixtures;
import org.haven.support.RecordedSql;
import org.haven.taxonomy.CategoryView;
import org.haven.taxonomy.ContentNote;
import org.haven.taxonomy.TagCount;
import org.haven.taxonomy.TagRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

/**
 * Import of a real content folder on disk, with broken files beside good ones, into H2
 * through the Flyway schema.
 */
@ArticleModuleTest
class ArticleImportIntegrationTest {

	@TempDir
	Path content;

	@Autowired
	ContentImport contentImport;

	@Autowired
	Articles articles;

	@Autowired
	ArticleRepository repository;

	@Autowired
	RevisionRepository revisions;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void copyFixtures() {
		Fixtures.copyContent(content);
	}

	@Test
	void importsGoodFilesAndNamesFileLineAndReasonForEachBadOne() {
		ImportReport report = contentImport.importFrom(content);

		assertThat(report.imported()).isEqualTo(5);
		assertThat(report.failed()).isEqualTo(6);
		assertThat(report.problems()).extracting(ImportProblem::toString)
			.anySatisfy(p -> assertThat(p).startsWith("articles/broken-front-matter.md:4: broken front matter"))
			.anySatisfy(p -> assertThat(p).isEqualTo("articles/missing-title.md:1: missing 'title'"))
			.anySatisfy(p -> assertThat(p).isEqualTo(
					"articles/duplicate-slug.md:3: duplicate slug 'breathing-basics': already used by articles/breathing-basics.md"))
			.anySatisfy(p -> assertThat(p).startsWith(
					"articles/unknown-category.md:4: unknown category 'anxeity': declare it in categories.yaml"))
			.anySatisfy(p -> assertThat(p).startsWith("articles/latin1-encoded.md:5: invalid UTF-8"))
			.anySatisfy(p -> assertThat(p).isEqualTo("articles/unknown-content-note.md:5: unknown content note"
					+ " 'suicde': use one declared in content-notes.yaml (known: abuse, eating-disorders,"
					+ " graphic-medical-detail, pregnancy-loss, self-harm, substance-use, suicide, trauma)"));
		assertThat(articles.latest(1, 10).items()).extracting(ArticleCard::slug)
			.containsExactly("worry-time", "breathing-basics", "first-session");
	}

	@Test
	void aReviewedArticleIsWrittenOnceWithItsSignOffNotInsertedThenUpdated() {
		List<String> sql = RecordedSql.during(() -> contentImport.importFrom(content));

		assertThat(repository.findBySlug("breathing-basics").orElseThrow().getReview().reviewedRevision()).isEqualTo(1);
		assertThat(sql).anyMatch(statement -> statement.startsWith("insert into review_signoff"))
			.noneMatch(statement -> statement.startsWith("update article "));
	}

	@Test
	void storesAnArticlesContentNotesAndShowsThemWithTheVocabularysLabels() throws IOException {
		Path worry = content.resolve("articles/worry-time.md");
		Files.writeString(worry, Files.readString(worry).replace("categories:", "content_notes: trauma\ncategories:"));
		Path note = content.resolve("articles/unknown-content-note.md");
		Files.writeString(note, Files.readString(note).replace("suicde", "suicide"));

		ImportReport report = contentImport.importFrom(content);

		assertThat(report.problems()).noneMatch(p -> p.file().contains("worry-time") || p.file().contains("note"));
		assertThat(articles.published("worry-time").orElseThrow().card().contentNotes())
			.containsExactly(new ContentNote("trauma", "Trauma",
					"Mentions frightening or distressing events and how they can stay with people."));
		assertThat(articles.published("unknown-content-note").orElseThrow().card().contentNotes())
			.extracting(ContentNote::label)
			.containsExactly("Self-harm", "Suicide");
	}

	@Test
	void aNoteAddedToTheFolderVocabularyIsKnownToTheNextImport() throws IOException {
		Path note = content.resolve("articles/unknown-content-note.md");
		Files.writeString(note, Files.readString(note).replace("self-harm, suicde", "gambling"));
		contentImport.importFrom(content);
		assertThat(articles.published("unknown-content-note")).isEmpty();

		Files.writeString(content.resolve("content-notes.yaml"), """
				- slug: gambling
				  label: Gambling
				  description: Mentions gambling and the harm it can do.
				""");
		ImportReport report = contentImport.importFrom(content);

		assertThat(report.imported()).isEqualTo(1);
		assertThat(articles.published("unknown-content-note").orElseThrow().card().contentNotes())
			.extracting(ContentNote::label)
			.containsExactly("Gambling");
		assertThat(events.stream(SiteContentChanged.class)).anyMatch(SiteContentChanged::vocabularyChanged);
	}

	@Test
	void storesRenderedHtmlTocSummaryAndReadingTime() {
		contentImport.importFrom(content);

		ArticleDetail detail = articles.published("breathing-basics").orElseThrow();
		assertThat(detail.bodyHtml()).contains("<h2 id=\"1-why-it-helps\">");
		assertThat(detail.toc()).extracting(t -> t.text()).containsExactly("1. Why it helps");
		assertThat(detail.card().summary()).isEqualTo("Slow breathing steadies the body.");
		assertThat(detail.card().readingMinutes()).isEqualTo(1);
		assertThat(detail.card().tags()).extracting(TagRef::slug).containsExactly("breathing", "panic", "grounding");
		assertThat(detail.card().author().name()).isEqualTo("Ada Clinician");
		assertThat(detail.reviewer().name()).isEqualTo("Ben Writer");
		assertThat(detail.reviewed()).isTrue();
		assertThat(articles.slugForAlias("/articles/breathing-101")).contains("breathing-basics");
	}

	@Test
	void keepsDraftsAndScheduledArticlesFromReaders() {
		contentImport.importFrom(content);

		assertThat(articles.published("unfinished-draft")).isEmpty();
		assertThat(articles.published("scheduled-later")).isEmpty();
		assertThat(repository.findBySlug("scheduled-later")).get()
			.extracting(Article::getStatus)
			.isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(articles.tag("panic")).get().extracting(TagCount::count).isEqualTo(1L);
		assertThat(articles.tag("psychotherapy")).get().extracting(TagCount::count).isEqualTo(1L);
		assertThat(articles.category("therapy").orElseThrow().count()).isEqualTo(1);
	}

	@Test
	void oneTagsCountAgreesWithTheFullListAndATagOnNoVisibleArticleIsUnknown() {
		contentImport.importFrom(content);

		assertThat(articles.tags()).isNotEmpty().allSatisfy(tag -> assertThat(articles.tag(tag.slug())).contains(tag));
		assertThat(articles.tag("no-such-tag")).isEmpty();
	}

	@Test
	void skipsUnchangedFilesAndUpdatesChangedOnes() throws IOException {
		contentImport.importFrom(content);
		Path worry = content.resolve("articles/worry-time.md");
		Files.writeString(worry, Files.readString(worry).replace("Set aside a time", "Choose a short time"));

		ImportReport second = contentImport.importFrom(content);

		assertThat(second.imported()).isZero();
		assertThat(second.updated()).isEqualTo(1);
		assertThat(second.unchanged()).isEqualTo(4);
		assertThat(articles.published("worry-time").orElseThrow().bodyHtml()).contains("Choose a short time");
		long id = repository.findBySlug("worry-time").orElseThrow().getId();
		assertThat(revisions.findByArticleIdOrderByNumberDesc(id)).extracting(Revision::getNumber)
			.containsExactly(2, 1);
		assertThat(events.stream(ArticleUpdated.class)).extracting(ArticleEvent::slug).containsExactly("worry-time");
	}

	@Test
	void unpublishesTheArticleOfARemovedFileAndKeepsItsData() throws IOException {
		contentImport.importFrom(content);
		Files.delete(content.resolve("articles/first-session.md"));

		ImportReport report = contentImport.importFrom(content);

		assertThat(report.withdrawn()).isEqualTo(1);
		assertThat(articles.published("first-session")).isEmpty();
		Article kept = repository.findBySlug("first-session").orElseThrow();
		assertThat(kept.getStatus()).isEqualTo(ArticleStatus.UNPUBLISHED);
		assertThat(revisions.findByArticleIdOrderByNumberDesc(kept.getId())).hasSize(1);
		assertThat(events.stream(ArticleWithdrawn.class)).extracting(ArticleEvent::slug)
			.containsExactly("first-session");
	}

	@Test
	void republishesAFileThatComesBack() throws IOException {
		contentImport.importFrom(content);
		Path file = content.resolve("articles/first-session.md");
		byte[] saved = Files.readAllBytes(file);
		Files.delete(file);
		contentImport.importFrom(content);
		Files.write(file, saved);

		contentImport.importFrom(content);

		assertThat(articles.published("first-session")).isPresent();
	}

	@Test
	void importsAFixedFileOnTheNextRun() throws IOException {
		contentImport.importFrom(content);
		Files.writeString(content.resolve("articles/unknown-category.md"),
				Files.readString(content.resolve("articles/unknown-category.md")).replace("anxeity", "anxiety"));

		ImportReport report = contentImport.importFrom(content);

		assertThat(report.imported()).isEqualTo(1);
		assertThat(articles.published("unknown-category")).isPresent();
	}

	@Test
	void announcesPublishedArticlesOnlyForVisibleOnes() {
		contentImport.importFrom(content);

		assertThat(events.stream(ArticlePublished.class)).extracting(ArticleEvent::slug)
			.containsExactlyInAnyOrder("breathing-basics", "first-session", "worry-time");
		assertThat(events.stream(SiteContentChanged.class)).hasSize(1);
	}

	@Test
	void importsAuthorsPagesAndDeclaredCategories() {
		contentImport.importFrom(content);

		assertThat(articles.categories()).extracting(CategoryView::slug).containsExactly("anxiety", "therapy");
		assertThat(articles.author("ada-clinician")).get()
			.satisfies(a -> assertThat(a.credentials()).isEqualTo("DClinPsy"));
		assertThat(articles.page("about")).get().satisfies(p -> assertThat(p.bodyHtml()).contains("We write"));
	}

	@Test
	void movesAnArticleToItsNewSlugAndRedirectsTheOldOne() throws IOException {
		contentImport.importFrom(content);
		Path file = content.resolve("articles/first-session.md");
		Files.writeString(file, Files.readString(file)
			.replace("title: Your first session", "title: Your first session\nslug: your-first-session"));

		contentImport.importFrom(content);

		assertThat(articles.published("your-first-session")).isPresent();
		assertThat(articles.slugForAlias("/articles/first-session")).contains("your-first-session");
	}

	@Test
	void aPagesOldAddressesRedirectToItAndOneAnotherPageHasIsLeftOutWithItsFileAndLine() throws IOException {
		Path about = content.resolve("pages/about.md");
		Files.writeString(about, Files.readString(about)
			.replace("summary: Who we are.",
					"summary: Who we are.\naliases: [who-we-are, \"/?page_id=7\", /about, \"https://old.example.org/about\"]"));
		Files.writeString(content.resolve("pages/team.md"),
				"---\ntitle: Our team\naliases:\n  - /team-old\n  - /who-we-are/\n---\nThe people.\n");

		ImportReport report = contentImport.importFrom(content);

		assertThat(articles.addressForAlias("/who-we-are")).contains("/about");
		assertThat(articles.addressForAlias("/?page_id=7")).contains("/about");
		assertThat(articles.addressForAlias("/team-old")).contains("/team");
		assertThat(articles.aliases()).doesNotContainKey("/about");
		assertThat(articles.page("team")).isPresent();
		assertThat(report.warnings()).extracting(ImportProblem::toString)
			.contains("pages/team.md:3: alias '/who-we-are' is already the old address of page 'about': left out");

		// the page that had it lets it go: the one left without it takes it, though its
		// own file did not change
		Files.writeString(about, Files.readString(about).replace("who-we-are, ", ""));
		contentImport.importFrom(content);

		assertThat(articles.addressForAlias("/who-we-are")).contains("/team");
		assertThat(articles.addressForAlias("/?page_id=7")).contains("/about");
	}

	@Test
	void scheduledArticlesAppearWhenTheirTimeComes(@Autowired org.haven.support.MutableClock clock,
			@Autowired ScheduledPublisher publisher) {
		contentImport.importFrom(content);
		Instant before = clock.instant();
		clock.set(Instant.parse("2099-01-01T09:00:01Z"));
		try {
			publisher.announceDueArticles();
			assertThat(articles.published("scheduled-later")).isPresent();
			assertThat(events.stream(ArticlePublished.class)).extracting(ArticleEvent::slug)
				.contains("scheduled-later");
		}
		finally {
			clock.set(before);
		}
	}

}
