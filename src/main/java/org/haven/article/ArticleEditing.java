package org.haven.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.haven.article.ArticleEvent.ArticlePublished;
import org.haven.article.ArticleEvent.ArticleUpdated;
import org.haven.article.ArticleEvent.ArticleWithdrawn;
import org.haven.content.ContentException;
import org.haven.content.ContentReader;
import org.haven.content.ParsedDocument;
import org.haven.content.RenderedContent;
import org.haven.content.Slugs;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The write side of articles for the editor. Every change is checked, saved as a new revision (the whole file), written
 * back to {@code content/articles/<slug>.md} atomically with its hash stored (so the importer sees it as unchanged),
 * and announced after commit. A stale {@code expectedVersion} raises {@link EditConflict}; a draft that breaks the
 * rules raises {@link DraftRejected}. Either way nothing is written.
 */
@Service
public class ArticleEditing {

	private final ArticleRepository articles;

	private final RevisionRepository revisions;

	private final VocabularyImporter vocabulary;

	private final ArticleFileWriter files;

	private final EditorialQueries queries;

	private final ContentProperties properties;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SlugRedirects redirects;

	private final ContentReader reader;

	ArticleEditing(ArticleRepository articles, RevisionRepository revisions, VocabularyImporter vocabulary,
			ArticleFileWriter files, EditorialQueries queries, ContentProperties properties,
			TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock,
			SlugRedirects redirects, ContentReader reader) {
		this.redirects = redirects;
		this.reader = reader;
		this.articles = articles;
		this.revisions = revisions;
		this.vocabulary = vocabulary;
		this.files = files;
		this.queries = queries;
		this.properties = properties;
		this.transaction = transaction;
		this.events = events;
		this.clock = clock;
	}

	/** What a change does to an article: its new draft, status and publish time. */
	private record Change(ArticleDraft draft, ArticleStatus status, @Nullable Instant publishedAt) {
	}

	private interface ChangeFor {

		Change of(Article article, Instant now);

	}

	/** A new draft owned by {@code user}. */
	public EditableArticle create(ArticleDraft draft, String user) {
		return commit(null, 0, user, (article, now) -> new Change(draft, ArticleStatus.DRAFT, null));
	}

	/** New content, same status and publish time. */
	public EditableArticle save(long id, long expectedVersion, ArticleDraft draft, String user) {
		return commit(id, expectedVersion, user,
				(article, now) -> new Change(draft, article.getStatus(), article.getPublishedAt()));
	}

	public EditableArticle submitForReview(long id, long expectedVersion, ArticleDraft draft, String user) {
		return commit(id, expectedVersion, user,
				(article, now) -> new Change(draft, ArticleStatus.IN_REVIEW, article.getPublishedAt()));
	}

	/** Sends an article in review (or unpublished) back to its author as a draft. */
	public EditableArticle returnToDraft(long id, long expectedVersion, ArticleDraft draft, String user) {
		return commit(id, expectedVersion, user,
				(article, now) -> new Change(draft, ArticleStatus.DRAFT, article.getPublishedAt()));
	}

	/**
	 * Publishes at {@code at} (a future time schedules), after the publish checks pass. Without a time, a new article
	 * goes live now, and one already live keeps the date it first went live: correcting a typo must not make an old
	 * article look new at the top of the site and its feeds.
	 */
	public EditableArticle publish(long id, long expectedVersion, ArticleDraft draft, @Nullable Instant at,
			String user) {
		return commit(id, expectedVersion, user, (article, now) -> {
			Instant live = article.getPublishedAt();
			boolean alreadyLive = article.getStatus() == ArticleStatus.PUBLISHED && live != null && !live.isAfter(now);
			return new Change(draft, ArticleStatus.PUBLISHED, at != null ? at : alreadyLive ? live : now);
		});
	}

	/** Takes the article off the site; it goes back to being a draft-like, editable article. */
	public EditableArticle unpublish(long id, long expectedVersion, String user) {
		return commit(id, expectedVersion, user, (article, now) -> new Change(queries.currentDraft(article),
				ArticleStatus.UNPUBLISHED, article.getPublishedAt()));
	}

	public EditableArticle archive(long id, long expectedVersion, String user) {
		return commit(id, expectedVersion, user, (article, now) -> new Change(queries.currentDraft(article),
				ArticleStatus.ARCHIVED, article.getPublishedAt()));
	}

	/** Makes an old revision the current content again, as a new revision; status and publish time stay. */
	public EditableArticle restore(long id, long expectedVersion, int revision, String user) {
		Revision old = revisions.findByArticleIdAndNumber(id, revision)
			.orElseThrow(() -> new ArticleNotFound("revision " + revision + " of article " + id));
		ParsedDocument doc = parse("articles/revision-" + revision + ".md",
				old.getSource().getBytes(StandardCharsets.UTF_8));
		ArticleDraft draft = ArticleSource.draftOf(doc);
		return commit(id, expectedVersion, user,
				(article, now) -> new Change(draft, article.getStatus(), article.getPublishedAt()));
	}

	/** What a bulk change did: how many articles changed, and the ones that could not (with why). */
	public record BulkOutcome(int changed, List<String> refused) {
	}

	/**
	 * Renames the tag {@code fromSlug} to {@code toLabel} on every article that has it, or merges it into an existing
	 * tag with that label's slug. Each article is saved as usual (a revision, its file, events); an article that
	 * cannot be saved as it is (say, a published one that no longer passes the publish checks) is left alone and
	 * named in the outcome. The old tag's address redirects to the new one.
	 */
	public BulkOutcome renameTag(String fromSlug, String toLabel, String user) {
		String label = toLabel.strip();
		if (Slugs.ofTag(label).isEmpty()) {
			throw new DraftRejected(List.of(new DraftProblem("to", "Give the new tag a name with letters or digits.")));
		}
		BulkOutcome outcome = resave(articles.findIdsTagged(fromSlug), draft -> {
			List<String> tags = new ArrayList<>();
			for (String tag : draft.tags()) {
				tags.add(Slugs.ofTag(tag).equals(fromSlug) ? label : tag);
			}
			return draft.withTags(ArticleMapper.tags(tags).stream().map(TagRef::label).toList());
		}, user);
		if (outcome.changed() > 0) {
			redirects.record(SlugRedirect.Kind.TAG, fromSlug, Slugs.ofTag(label));
		}
		return outcome;
	}

	/** Moves every article in category {@code from} to {@code to}, one save each, like {@link #renameTag}. */
	BulkOutcome moveCategory(String from, String to, String user) {
		return resave(articles.findIdsInCategory(from), draft -> draft.withCategory(to), user);
	}

	private BulkOutcome resave(List<Long> ids, UnaryOperator<ArticleDraft> change, String user) {
		int changed = 0;
		List<String> refused = new ArrayList<>();
		for (long id : ids) {
			EditableArticle current = queries.editable(id);
			try {
				save(id, current.version(), change.apply(current.draft()), user);
				changed++;
			}
			catch (DraftRejected | EditConflict ex) {
				String why = ex instanceof DraftRejected rejected
						? rejected.problems().stream().map(DraftProblem::message).findFirst().orElse("")
						: "it was being edited at the same moment";
				refused.add(current.draft().title() + ": " + why);
			}
		}
		return new BulkOutcome(changed, refused);
	}

	/** Renders a draft exactly as saving would, and lists what would stop it being published. Saves nothing. */
	public Preview preview(ArticleDraft raw) {
		ArticleDraft draft = trimmed(raw);
		RenderedContent rendered = reader.render(ArticleSource.normalise(draft.body()));
		List<DraftProblem> problems = new ArrayList<>(
				DraftChecks.forSave(draft, vocabulary.categorySlugs(), vocabulary.authorSlugs()));
		problems.addAll(DraftChecks.forPublish(draft, articles::isPublished));
		String summary = draft.summary().isBlank() ? rendered.firstParagraph() : draft.summary();
		return new Preview(draft.title(), summary, draft.contentWarning(), rendered.html(), rendered.toc(),
				draft.faq(), rendered.readingMinutes(), draft.cover(), draft.coverAlt(), problems);
	}

	private EditableArticle commit(@Nullable Long id, long expectedVersion, String user, ChangeFor changeFor) {
		List<ArticleEvent> announced = new ArrayList<>();
		EditableArticle saved;
		try {
			saved = transaction.execute(status -> apply(id, expectedVersion, user, changeFor, announced));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new EditConflict(queries.editable(id == null ? -1 : id), expectedVersion);
		}
		announced.forEach(events::publishEvent);
		return saved;
	}

	private EditableArticle apply(@Nullable Long id, long expectedVersion, String user, ChangeFor changeFor,
			List<ArticleEvent> announced) {
		Instant now = clock.instant();
		Article article;
		if (id == null) {
			article = new Article("");
			article.setOwner(user);
		}
		else {
			article = articles.findById(id).orElseThrow(() -> new ArticleNotFound("article " + id));
			if (article.getVersion() != expectedVersion) {
				throw new EditConflict(queries.editable(article), expectedVersion);
			}
		}
		boolean isNew = id == null;
		boolean wasVisible = !isNew && article.isVisibleAt(now);
		Placement placed = Placement.of(article);
		Change change = changeFor.of(article, now);
		ArticleDraft draft = trimmed(change.draft());
		check(article, draft, change.status());

		String path = ArticleSource.pathFor(draft.slug());
		String oldPath = article.getSourcePath();
		Set<String> aliases = new LinkedHashSet<>(article.getAliases());
		if (!isNew && !article.getSlug().equals(draft.slug())) {
			aliases.add("/articles/" + article.getSlug());
		}
		aliases.remove("/articles/" + draft.slug());
		Instant date = change.publishedAt();
		Instant lastmod = wasVisible && change.status() == ArticleStatus.PUBLISHED ? now : null;
		String source = ArticleSource.write(draft, change.status() != ArticleStatus.PUBLISHED, date, lastmod, aliases,
				article.getExtra());
		byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
		ParsedDocument doc = parse(path, bytes);

		ArticleMapper.apply(doc, article, now);
		article.setStatus(change.status());
		article.setPublishedAt(date);
		article.setUpdatedAt(now);
		article = articles.saveAndFlush(article);
		int number = isNew ? 1 : revisions.lastNumber(article.getId()) + 1;
		revisions.saveAndFlush(new Revision(article.getId(), number, source, doc.contentHash(), now, user));

		writeBack(path, oldPath, bytes);

		boolean visible = article.isVisibleAt(now);
		if (visible && !wasVisible) {
			announced.add(new ArticlePublished(article.getId(), article.getSlug()));
		}
		else if (visible) {
			announced.add(new ArticleUpdated(article.getId(), article.getSlug(),
					!Placement.of(article).equals(placed)));
		}
		else if (wasVisible) {
			announced.add(new ArticleWithdrawn(article.getId(), article.getSlug()));
		}
		return queries.editable(article, source, ArticleSource.draftOf(doc));
	}

	private void check(Article article, ArticleDraft draft, ArticleStatus status) {
		List<DraftProblem> problems = new ArrayList<>(
				DraftChecks.forSave(draft, vocabulary.categorySlugs(), vocabulary.authorSlugs()));
		boolean taken = article.getId() == null ? articles.existsBySlug(draft.slug())
				: articles.existsBySlugAndIdNot(draft.slug(), article.getId());
		if (taken) {
			problems.add(new DraftProblem("slug", "Another article already uses the address '/articles/"
					+ draft.slug() + "'. Choose a different one."));
		}
		if (status == ArticleStatus.PUBLISHED) {
			problems.addAll(DraftChecks.forPublish(draft, articles::isPublished));
		}
		if (!problems.isEmpty()) {
			throw new DraftRejected(problems);
		}
	}

	private ParsedDocument parse(String path, byte[] bytes) {
		try {
			return reader.read(path, bytes);
		}
		catch (ContentException ex) {
			throw new DraftRejected(List.of(new DraftProblem("body", ex.reason())));
		}
	}

	/**
	 * Replaces the file atomically. If anything fails after the rename (removing the file of a renamed slug), the
	 * previous bytes are put back before the transaction rolls back, so file and database still agree.
	 */
	private void writeBack(String path, @Nullable String oldPath, byte[] bytes) {
		Path root = properties.dir();
		Path target = root.resolve(path);
		byte[] previous = readIfExists(target);
		files.write(target, bytes);
		try {
			if (oldPath != null && !oldPath.equals(path)) {
				files.delete(root.resolve(oldPath));
			}
		}
		catch (RuntimeException ex) {
			if (previous != null) {
				files.write(target, previous);
			}
			else {
				files.delete(target);
			}
			throw ex;
		}
	}

	private static byte @Nullable [] readIfExists(Path file) {
		try {
			return Files.exists(file) ? Files.readAllBytes(file) : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	private static ArticleDraft trimmed(ArticleDraft d) {
		return new ArticleDraft(d.title().strip(), d.slug().strip(), d.summary().strip(), d.category().strip(),
				d.tags().stream().map(String::strip).filter(t -> !t.isEmpty()).toList(), blankToNull(d.author()),
				blankToNull(d.reviewer()), d.lastReviewed(), blankToNull(d.contentWarning()), d.featured(), d.faq(),
				blankToNull(d.cover()), blankToNull(d.coverAlt()), ArticleSource.normalise(d.body()));
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
