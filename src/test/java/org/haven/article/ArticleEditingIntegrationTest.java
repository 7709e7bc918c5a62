package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.haven.article.ArticleEvent.ArticlePublished;
import org.haven.article.ArticleEvent.ArticleUpdated;
import org.haven.article.ArticleEvent.ArticleWithdrawn;
import org.haven.content.ContentProperties;
import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

/**
 * Saving through {@link ArticleEditing}: revisions, write-back, crash safety, conflicts,
 * workflow and scheduling.
 */
@EditorIntegrationTest
class ArticleEditingIntegrationTest {

	static final String WHO = "editor@haven.test";

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
	ArticleFileWriter writer;

	@Autowired
	RevisionRepository revisions;

	@Autowired
	ScheduledPublisher scheduledPublisher;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void reset() {
		writer.beforeMove = temp -> {
		};
		clock.set(EditorIntegrationTest.NOW);
	}

	@Test
	void savingWritesTheFileAndARevisionThatTheImporterSeesAsUnchanged() throws IOException {
		String slug = Drafts.uniqueSlug("write-back");
		EditableArticle created = editing.create(Drafts.publishable(slug), WHO);

		Path file = content.dir().resolve("articles/" + slug + ".md");
		String text = Files.readString(file);
		assertThat(text).startsWith("---\ntitle: Sleep and worry")
			.contains("slug: " + slug, "draft: true", "categories:\n  - anxiety", "tags:\n  - Sleep\n  - Worry",
					"| Worry time | Yes |");
		assertThat(queries.revisions(created.id())).singleElement()
			.satisfies(r -> assertThat(r.source()).isEqualTo(text))
			.satisfies(r -> assertThat(r.createdBy()).isEqualTo(WHO));
		assertThat(created.owner()).isEqualTo(WHO);

		ImportReport report = contentImport.importAll();
		assertThat(report.imported() + report.updated()).isZero();
		assertThat(queries.revisions(created.id())).hasSize(1);
	}

	@Test
	void aCrashBeforeTheRenameLeavesTheOldFileAndRevisionsAsTheyWere() throws IOException {
		String slug = Drafts.uniqueSlug("crash");
		EditableArticle created = editing.create(Drafts.publishable(slug), WHO);
		Path file = content.dir().resolve("articles/" + slug + ".md");
		byte[] before = Files.readAllBytes(file);
		writer.beforeMove = temp -> {
			assertThat(temp).exists().hasParent(file.getParent());
			throw new IllegalStateException("power cut");
		};

		assertThatThrownBy(() -> editing.save(created.id(), created.version(),
				Drafts.withBody(created.draft(), "Rewritten."), WHO))
			.hasMessageContaining("power cut");

		assertThat(Files.readAllBytes(file)).isEqualTo(before);
		assertThat(revisions.countByArticleId(created.id())).isEqualTo(1);
		assertThat(queries.editable(created.id()).draft().body()).contains("Worry often gets louder");
		assertThat(queries.editable(created.id()).version()).isEqualTo(created.version());
		try (Stream<Path> files = Files.list(file.getParent())) {
			assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
		}
	}

	@Test
	void aStaleVersionIsAConflictThatWritesNothing() throws IOException {
		String slug = Drafts.uniqueSlug("conflict");
		EditableArticle opened = editing.create(Drafts.publishable(slug), WHO);
		EditableArticle theirs = editing.save(opened.id(), opened.version(),
				Drafts.withBody(opened.draft(), "Their words."), "other@haven.test");
		Path file = content.dir().resolve("articles/" + slug + ".md");
		String fileBefore = Files.readString(file);

		assertThatThrownBy(
				() -> editing.save(opened.id(), opened.version(), Drafts.withBody(opened.draft(), "My words."), WHO))
			.isInstanceOfSatisfying(EditConflict.class, conflict -> {
				assertThat(conflict.current().draft().body()).isEqualTo("Their words.");
				assertThat(conflict.current().version()).isEqualTo(theirs.version());
			});

		assertThat(Files.readString(file)).isEqualTo(fileBefore);
		assertThat(queries.revisions(opened.id())).hasSize(2);
	}

	@Test
	void publishingChecksSummaryImageDescriptionsAndInternalLinks() {
		String slug = Drafts.uniqueSlug("checks");
		EditableArticle draft = editing.create(Drafts.unfinished(slug), WHO);
		var withBrokenLink = Drafts.withBody(draft.draft(),
				"See [this](/articles/no-such-article) and ![](/media/x.jpg) and [that](/articles/cbt-explained).");

		assertThatThrownBy(() -> editing.publish(draft.id(), draft.version(), withBrokenLink, null, WHO))
			.isInstanceOfSatisfying(DraftRejected.class,
					rejected -> assertThat(rejected.problems()).extracting(DraftProblem::field, DraftProblem::message)
						.anySatisfy(p -> assertThat(p.toList()).containsExactly("summary",
								"Write a one or two sentence summary: it is shown in lists, search results and feeds."))
						.anySatisfy(p -> assertThat(p.toList().get(1).toString()).contains("/media/x.jpg", "alt text"))
						.anySatisfy(p -> assertThat(p.toList().get(1).toString()).contains("/articles/no-such-article"))
						.noneSatisfy(p -> assertThat(p.toList().get(1).toString()).contains("cbt-explained")));
		assertThat(queries.editable(draft.id()).status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(queries.revisions(draft.id())).hasSize(1);
	}

	@Test
	void aDraftNeedsATitleAValidSlugAndADeclaredCategory() {
		var bad = new ArticleDraft(" ", "Not A Slug", "", "no-such-category", List.of(), null, null, null, null,
				List.of(), false, List.of(), "/media/cover.jpg", "", "Text");

		assertThatThrownBy(() -> editing.create(bad, WHO)).isInstanceOfSatisfying(DraftRejected.class,
				rejected -> assertThat(rejected.problems()).extracting(DraftProblem::field)
					.containsExactlyInAnyOrder("title", "slug", "category", "coverAlt"));
	}

	@Test
	void publishingNowAnnouncesTheArticleAndReadersSeeIt() {
		String slug = Drafts.uniqueSlug("publish-now");
		EditableArticle draft = editing.create(Drafts.publishable(slug), WHO);
		assertThat(articles.published(slug)).isEmpty();

		EditableArticle published = editing.publish(draft.id(), draft.version(), draft.draft(), null, WHO);

		assertThat(published.visibleAt(clock.instant())).isTrue();
		assertThat(articles.published(slug)).hasValueSatisfying(d -> assertThat(d.bodyHtml()).contains("<table>"));
		assertThat(events.stream(ArticlePublished.class)).anyMatch(e -> e.slug().equals(slug));
		assertThat(articles.taggedWith("sleep", 1, 100).items()).anyMatch(card -> card.slug().equals(slug));

		editing.save(published.id(), published.version(), Drafts.withBody(published.draft(), "Updated text."), WHO);
		assertThat(events.stream(ArticleUpdated.class)).anyMatch(e -> e.slug().equals(slug));
	}

	@Test
	void publishingALiveArticleAgainKeepsTheDateItFirstWentLive() {
		EditableArticle draft = editing.create(Drafts.publishable(Drafts.uniqueSlug("republish")), WHO);
		EditableArticle first = editing.publish(draft.id(), draft.version(), draft.draft(), null, WHO);
		Instant wentLive = first.publishedAt();
		clock.advance(Duration.ofDays(30));

		EditableArticle corrected = editing.publish(first.id(), first.version(),
				Drafts.withBody(first.draft(), "A typo, corrected."), null, WHO);

		assertThat(corrected.publishedAt()).isEqualTo(wentLive);
		assertThat(corrected.draft().body()).contains("A typo, corrected.");
	}

	@Test
	void aNewTextLeavesTheArticleWhereItIsListedWhileNewTagsMoveIt() {
		String slug = Drafts.uniqueSlug("placement");
		EditableArticle draft = editing.create(Drafts.publishable(slug), WHO);
		EditableArticle published = editing.publish(draft.id(), draft.version(), draft.draft(), null, WHO);

		EditableArticle reworded = editing.save(published.id(), published.version(),
				Drafts.withBody(published.draft(), "New words, same place."), WHO);
		ArticleDraft d = reworded.draft();
		editing.save(reworded.id(), reworded.version(),
				new ArticleDraft(d.title(), d.slug(), d.summary(), d.category(), List.of("sleep", "evenings"),
						d.author(), d.reviewer(), d.lastReviewed(), d.contentWarning(), d.contentNotes(), d.featured(),
						d.faq(), d.cover(), d.coverAlt(), d.body()),
				WHO);

		assertThat(events.stream(ArticleUpdated.class).filter(e -> e.slug().equals(slug)))
			.extracting(ArticleUpdated::placementChanged)
			.containsExactly(false, true);
	}

	@Test
	void aScheduledArticleGoesLiveWhenItsTimeComes() {
		String slug = Drafts.uniqueSlug("scheduled");
		EditableArticle draft = editing.create(Drafts.publishable(slug), WHO);

		EditableArticle scheduled = editing.publish(draft.id(), draft.version(), draft.draft(),
				clock.instant().plus(Duration.ofHours(2)), WHO);

		assertThat(scheduled.scheduledAt(clock.instant())).isTrue();
		assertThat(articles.published(slug)).isEmpty();
		assertThat(queries.scheduled()).extracting(ArticleRow::slug).contains(slug);
		assertThat(events.stream(ArticlePublished.class)).noneMatch(e -> e.slug().equals(slug));

		// the shared context's clock may have been elsewhere at the last check: start the
		// window now
		scheduledPublisher.announceDueArticles();
		clock.advance(Duration.ofHours(3));
		scheduledPublisher.announceDueArticles();

		assertThat(articles.published(slug)).isPresent();
		assertThat(events.stream(ArticlePublished.class)).anyMatch(e -> e.slug().equals(slug));
		assertThat(queries.scheduled()).extracting(ArticleRow::slug).doesNotContain(slug);
	}

	@Test
	void anArticlePublishedNowIsAnnouncedOnceNotAgainByTheScheduledCheck() {
		scheduledPublisher.announceDueArticles();
		clock.advance(Duration.ofSeconds(1));
		String slug = Drafts.uniqueSlug("announced-once");
		EditableArticle draft = editing.create(Drafts.publishable(slug), WHO);
		editing.publish(draft.id(), draft.version(), draft.draft(), null, WHO);

		clock.advance(Duration.ofSeconds(30));
		scheduledPublisher.announceDueArticles();

		assertThat(events.stream(ArticlePublished.class).filter(e -> e.slug().equals(slug))).hasSize(1);
	}

	@Test
	void unpublishingWithdrawsTheArticleAndRewritesItsFileAsADraft() throws IOException {
		String slug = Drafts.uniqueSlug("unpublish");
		EditableArticle draft = editing.create(Drafts.publishable(slug), WHO);
		EditableArticle published = editing.publish(draft.id(), draft.version(), draft.draft(), null, WHO);

		EditableArticle unpublished = editing.unpublish(published.id(), published.version(), WHO);

		assertThat(unpublished.status()).isEqualTo(ArticleStatus.UNPUBLISHED);
		assertThat(articles.published(slug)).isEmpty();
		assertThat(events.stream(ArticleWithdrawn.class)).anyMatch(e -> e.slug().equals(slug));
		assertThat(Files.readString(content.dir().resolve("articles/" + slug + ".md"))).contains("draft: true");

		contentImport.importAll();
		assertThat(queries.editable(unpublished.id()).status()).as("the next import leaves it unpublished, not a draft")
			.isEqualTo(ArticleStatus.UNPUBLISHED);
	}

	@Test
	void restoringAnOldRevisionSavesItAsANewOne() {
		String slug = Drafts.uniqueSlug("restore");
		EditableArticle first = editing.create(Drafts.publishable(slug), WHO);
		EditableArticle second = editing.save(first.id(), first.version(),
				Drafts.withBody(first.draft(), "Second thoughts."), WHO);

		EditableArticle restored = editing.restore(second.id(), second.version(), 1, WHO);

		assertThat(restored.draft().body()).contains("Worry often gets louder at night.");
		assertThat(queries.revisions(first.id())).extracting(RevisionView::number).containsExactly(3, 2, 1);
		assertThat(queries.revision(first.id(), 3).orElseThrow().source())
			.isEqualTo(queries.revision(first.id(), 1).orElseThrow().source());
	}

	@Test
	void theEditorOpensAnArticleFromItsNewestRevision() {
		String slug = Drafts.uniqueSlug("often-saved");
		EditableArticle saved = editing.create(Drafts.publishable(slug), WHO);
		for (int i = 2; i <= 4; i++) {
			saved = editing.save(saved.id(), saved.version(), Drafts.withBody(saved.draft(), "Take " + i + "."), WHO);
		}

		EditableArticle opened = queries.editable(saved.id());

		assertThat(revisions.findFirstByArticleIdOrderByNumberDesc(saved.id())).get()
			.extracting(Revision::getNumber)
			.isEqualTo(4);
		assertThat(opened.source()).isEqualTo(queries.revision(saved.id(), 4).orElseThrow().source());
		assertThat(opened.draft().body()).contains("Take 4.");
	}

	@Test
	void renamingTheSlugMovesTheFileAndKeepsTheOldAddress() throws IOException {
		String slug = Drafts.uniqueSlug("old-name");
		String renamed = Drafts.uniqueSlug("new-name");
		EditableArticle draft = editing.create(Drafts.publishable(slug), WHO);
		EditableArticle published = editing.publish(draft.id(), draft.version(), draft.draft(), null, WHO);

		editing.save(published.id(), published.version(), Drafts.withSlug(published.draft(), renamed), WHO);

		assertThat(content.dir().resolve("articles/" + slug + ".md")).doesNotExist();
		assertThat(Files.readString(content.dir().resolve("articles/" + renamed + ".md"), StandardCharsets.UTF_8))
			.contains("aliases:\n  - /articles/" + slug);
		assertThat(articles.slugForAlias("/articles/" + slug)).contains(renamed);
		ImportReport report = contentImport.importAll();
		assertThat(report.imported() + report.updated() + report.withdrawn()).isZero();
	}

	@Test
	void editingAnImportedArticleKeepsItsFileFaithful() throws IOException {
		ArticleRow row = queries.list(new ArticleFilter(null, null, null, null, "grounding-techniques", null), 1, 5)
			.items()
			.get(0);
		EditableArticle imported = queries.editable(row.id());
		assertThat(imported.draft().summary()).isNotBlank();
		assertThat(imported.draft().faq()).isNotEmpty();

		editing.save(imported.id(), imported.version(),
				Drafts.withBody(imported.draft(), imported.draft().body() + "\n\nOne more paragraph."), WHO);

		String text = Files.readString(content.dir().resolve("articles/grounding-techniques.md"));
		assertThat(text).contains("title: ", "date: ", "lastmod: ", "faq:\n  - q: ", "One more paragraph.");
		EditableArticle after = queries.editable(imported.id());
		assertThat(after.draft().faq()).isEqualTo(imported.draft().faq());
		assertThat(after.draft().tags()).isEqualTo(imported.draft().tags());
		assertThat(after.publishedAt()).isEqualTo(imported.publishedAt());
		assertThat(articles.published("grounding-techniques"))
			.hasValueSatisfying(d -> assertThat(d.bodyHtml()).contains("One more paragraph."));
		ImportReport report = contentImport.importAll();
		assertThat(report.imported() + report.updated()).isZero();
	}

}
