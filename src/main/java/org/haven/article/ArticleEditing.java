package org.haven.article;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.haven.content.ParsedDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The editor's workflow on articles: create, save, submit for review, return to draft,
 * publish or schedule, unpublish, archive, restore. Every change is checked
 * ({@link DraftValidator}), kept as a new revision and written back to
 * {@code content/articles/<slug>.md} ({@link ArticleStore}), and announced after commit.
 * A stale {@code expectedVersion} raises {@link EditConflict}; a draft that breaks the
 * rules raises {@link DraftRejected}. Either way nothing is written.
 */
@Service
public class ArticleEditing {

	private final ArticleRepository articles;

	private final ArticleStore store;

	private final DraftValidator validator;

	private final EditorialQueries queries;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ArticleEditing(ArticleRepository articles, ArticleStore store, DraftValidator validator, EditorialQueries queries,
			TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
		this.articles = articles;
		this.store = store;
		this.validator = validator;
		this.queries = queries;
		this.transaction = transaction;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What a change does to an article: its new draft, status and publish time, and for a
	 * clinical sign-off the decision and the next review date. Only a sign-off changes
	 * who reviewed the article and when.
	 */
	private record Change(ArticleDraft draft, ArticleStatus status, @Nullable Instant publishedAt,
			ReviewRecords.@Nullable Action signOff, @Nullable LocalDate nextReview) {

		Change(ArticleDraft draft, ArticleStatus status, @Nullable Instant publishedAt) {
			this(draft, status, publishedAt, null, null);
		}

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
	 * Publishes at {@code at} (a future time schedules), after the publish checks pass.
	 * Without a time, a new article goes live now, and one already live keeps the date it
	 * first went live: correcting a typo must not make an old article look new at the top
	 * of the site and its feeds.
	 */
	public EditableArticle publish(long id, long expectedVersion, ArticleDraft draft, @Nullable Instant at,
			String user) {
		return commit(id, expectedVersion, user, (article, now) -> {
			Instant live = article.getPublishedAt();
			boolean alreadyLive = article.getStatus() == ArticleStatus.PUBLISHED && live != null && !live.isAfter(now);
			return new Change(draft, ArticleStatus.PUBLISHED, at != null ? at : alreadyLive ? live : now);
		});
	}

	/**
	 * Takes the article off the site; it goes back to being a draft-like, editable
	 * article.
	 */
	public EditableArticle unpublish(long id, long expectedVersion, String user) {
		return commit(id, expectedVersion, user, (article, now) -> new Change(queries.currentDraft(article),
				ArticleStatus.UNPUBLISHED, article.getPublishedAt()));
	}

	public EditableArticle archive(long id, long expectedVersion, String user) {
		return commit(id, expectedVersion, user, (article, now) -> new Change(queries.currentDraft(article),
				ArticleStatus.ARCHIVED, article.getPublishedAt()));
	}

	/**
	 * Makes an old revision the current content again, as a new revision; status and
	 * publish time stay.
	 */
	public EditableArticle restore(long id, long expectedVersion, int revision, String user) {
		String old = store.revisionSource(id, revision)
			.orElseThrow(() -> new ArticleNotFound("revision " + revision + " of article " + id));
		ParsedDocument doc = validator.parse("articles/revision-" + revision + ".md",
				old.getBytes(StandardCharsets.UTF_8));
		ArticleDraft draft = ArticleSource.draftOf(doc);
		return commit(id, expectedVersion, user,
				(article, now) -> new Change(draft, article.getStatus(), article.getPublishedAt()));
	}

	/**
	 * Records a reviewer's decision on an article in review: an approval makes the
	 * current text the reviewed one ({@code reviewed_by}, {@code last_reviewed},
	 * {@code next_review}); a request for changes sends it back to its writer as a draft.
	 * Nobody signs off an article they wrote or started.
	 */
	EditableArticle signOff(long id, long expectedVersion, ReviewRecords.Action action, ReviewRecords.Schedule schedule,
			String user) {
		Reviewer reviewer = Objects.requireNonNull(action.reviewer());
		return commit(id, expectedVersion, user, (article, now) -> {
			if (reviewer.account().equalsIgnoreCase(Objects.requireNonNullElse(article.getOwner(), ""))
					|| reviewer.authorSlug().equals(article.getAuthorSlug())) {
				throw new SelfReviewRefused("You wrote or started this article, so another reviewer must sign it off.");
			}
			if (article.getStatus() != ArticleStatus.IN_REVIEW) {
				throw new DraftRejected(
						List.of(new DraftProblem("review", "Only an article in review can be signed off; this one is "
								+ article.getStatus().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".")));
			}
			ArticleDraft current = queries.currentDraft(article);
			if (action.decision() == ReviewDecision.APPROVED) {
				return new Change(current.withReview(reviewer.authorSlug(), action.reviewedOn()),
						ArticleStatus.IN_REVIEW, article.getPublishedAt(), action,
						schedule.nextReview(null, action.reviewedOn(), article.getCategorySlug()));
			}
			return new Change(current, ArticleStatus.DRAFT, article.getPublishedAt(), action,
					article.getReview().nextReview());
		});
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
		VisibilityChange visibility = VisibilityChange.before(article, now);
		Change change = changeFor.of(article, now);
		ArticleDraft draft = change.signOff() != null ? change.draft().trimmed()
				: change.draft()
					.trimmed()
					.withReview(article.getReview().reviewer(), article.getReview().lastReviewed());
		LocalDate nextReview = change.signOff() != null ? change.nextReview() : article.getReview().nextReview();

		String path = ArticleSource.pathFor(draft.slug());
		String oldPath = article.getSource().path();
		Set<String> aliases = new LinkedHashSet<>(article.getAliases());
		if (!isNew && !article.getSlug().equals(draft.slug())) {
			aliases.add("/articles/" + article.getSlug());
		}
		aliases.remove("/articles/" + draft.slug());
		Instant date = change.publishedAt();
		Instant lastmod = visibility.wasVisible() && change.status() == ArticleStatus.PUBLISHED ? now : null;
		String source = ArticleSource.write(draft, change.status() != ArticleStatus.PUBLISHED, date, lastmod,
				nextReview,
				new ArticleSource.Kept(aliases, article.secondaryCategories(), article.getSource().extra()));
		boolean reviewCurrent = change.signOff() != null || store.reviewStillCurrent(article, draft.body());
		List<FindingView> findings = validator.findings(article.getId(), source, draft);
		validator.check(article.getId(), draft, change.status(), findings, reviewCurrent);
		ParsedDocument doc = validator.parse(path, source.getBytes(StandardCharsets.UTF_8));

		ArticleMapper.apply(doc, article, now);
		article.setStatus(change.status());
		article.setPublishedAt(date);
		article.setUpdatedAt(now);
		article = store.save(article, source, doc.contentHash(), now, user, path, oldPath, change.signOff(),
				reviewCurrent);
		visibility.after(article, now).ifPresent(announced::add);
		// the findings hold after the save: a new article had no acknowledgements to lose
		return queries.editable(article, source, ArticleSource.draftOf(doc), findings);
	}

}
