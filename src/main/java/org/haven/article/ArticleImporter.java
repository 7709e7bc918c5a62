package org.haven.article;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.persistence.EntityManager;

import org.haven.article.ArticleFileParser.Candidate;
import org.haven.article.ArticleFileParser.ParseResult;
import org.haven.article.ArticleFileParser.Parsed;
import org.haven.content.ContentException;
import org.haven.content.ContentReader;
import org.haven.content.ImportProblem;
import org.haven.content.ParsedDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upserts {@code content/articles/*.md} by content hash: unchanged files are skipped
 * before they are parsed, changed ones are parsed and rendered in parallel, and one bad
 * file is reported (file, line, reason) without stopping the rest. A file that disappears
 * unpublishes its article; the article and its revisions are kept.
 */
@Component
class ArticleImporter {

	/**
	 * Files parsed and saved together: 500, and fewer in a small heap, where two chunks
	 * (one being parsed, one being saved with the persistence context's copies of its
	 * bodies) must fit beside the running site. About one article per megabyte of heap.
	 */
	private static final int CHUNK = chunkFor(Runtime.getRuntime().maxMemory());

	static int chunkFor(long maxHeapBytes) {
		return (int) Math.max(50, Math.min(500, maxHeapBytes / (1L << 20)));
	}

	private final ArticleRepository articles;

	private final RevisionRepository revisions;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ArticleFileParser parser;

	private final ReviewRecords reviews;

	ArticleImporter(ArticleRepository articles, RevisionRepository revisions, EntityManager entityManager,
			TransactionTemplate transaction, Clock clock, ArticleFileParser parser, ReviewRecords reviews) {
		this.reviews = reviews;
		this.articles = articles;
		this.parser = parser;
		this.revisions = revisions;
		this.entityManager = entityManager;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * The outcome for the article files: counts, problems, and the events to announce
	 * after commit.
	 */
	record Outcome(int imported, int updated, int unchanged, int withdrawn, List<ArticleEvent> events) {
	}

	/** What the database already knows of a source file. */
	private record Known(@Nullable String hash, long id, String slug) {
	}

	/** Who reviewed an article and when, as its file says. */
	private record Review(@Nullable String by, @Nullable LocalDate on) {

		boolean complete() {
			return by != null && on != null;
		}

	}

	/** Counters and events gathered chunk by chunk. */
	private static final class Tally {

		int imported;

		int updated;

		final List<ArticleEvent> events = new ArrayList<>();

	}

	/** How an import reads (the vocabulary) and checks articles. */
	record Rules(ImportVocabulary vocabulary, ImportChecks checks) {
	}

	Outcome importArticles(Path root, Rules rules, List<ImportProblem> problems, List<ImportProblem> warnings) {
		Map<String, Known> known = new HashMap<>();
		Map<String, String> pathBySlug = new HashMap<>();
		for (SourceEntry entry : articles.findSourceIndex()) {
			Known k = new Known(entry.contentHash(), entry.id(), entry.slug());
			known.put(entry.sourcePath(), k);
			pathBySlug.put(k.slug(), entry.sourcePath());
		}
		Map<String, Long> idsBySlug = new HashMap<>();
		for (ArticleKeys entry : articles.findAllSlugs()) {
			idsBySlug.put(entry.slug(), entry.id());
		}

		List<Candidate> changed = new ArrayList<>();
		Set<String> present = new LinkedHashSet<>();
		int unchanged = 0;
		for (Path file : ContentFiles.markdownIn(root.resolve("articles"))) {
			String path = ContentFiles.relative(root, file);
			String skipped = HugoFiles.whySkipped(path);
			if (skipped != null) {
				warnings.add(new ImportProblem(path, 1, skipped));
				continue;
			}
			present.add(path);
			String hash = ContentReader.hash(ContentFiles.read(file));
			Known k = known.get(path);
			if (k != null && hash.equals(k.hash())) {
				unchanged++;
			}
			else {
				changed.add(new Candidate(file, path, hash));
			}
		}

		// Chunks bound the memory an import needs (10,000 rendered articles never sit in
		// the heap at once), and each commits on its own, so a re-run picks up where a
		// failed one stopped. The next chunk is parsed and rendered in the background
		// while
		// this one is saved, which keeps both cores busy.
		Instant now = clock.instant();
		ReviewRecords.Schedule schedule = reviews.schedule();
		Tally tally = new Tally();
		List<List<Candidate>> chunks = new ArrayList<>();
		for (int from = 0; from < changed.size(); from += CHUNK) {
			chunks.add(changed.subList(from, Math.min(changed.size(), from + CHUNK)));
		}
		CompletableFuture<ParseResult> next = chunks.isEmpty() ? null : parser.parseAsync(chunks.get(0));
		for (int i = 0; i < chunks.size(); i++) {
			ParseResult result = next.join();
			next = i + 1 < chunks.size() ? parser.parseAsync(chunks.get(i + 1)) : null;
			problems.addAll(result.problems());
			List<Parsed> valid = new ArrayList<>();
			for (Parsed read : result.parsed()) {
				String skipped = HugoFiles.whySkipped(read.doc().frontMatter(), read.doc().markdown());
				if (skipped != null) {
					warnings.add(new ImportProblem(read.doc().path(), 1, skipped));
					// gone from the site like a deleted file, if imported before
					present.remove(read.doc().path());
					continue;
				}
				warnings.addAll(read.doc().warnings());
				CoverFiles.missing(root, read.doc()).ifPresent(warnings::add);
				try {
					rules.checks().validateOwn(read.doc());
					ParsedDocument doc = rules.vocabulary().resolve(read.doc());
					Parsed parsed = new Parsed(doc, read.source());
					rules.checks().validate(doc);
					String owner = pathBySlug.get(doc.slug());
					if (owner != null && !owner.equals(doc.path()) && present.contains(owner)) {
						throw new ContentException(doc.path(), doc.frontMatter().lineOf("slug", "title"),
								"duplicate slug '" + doc.slug() + "': already used by " + owner);
					}
					pathBySlug.put(doc.slug(), doc.path());
					valid.add(parsed);
				}
				catch (ContentException ex) {
					problems.add(new ImportProblem(ex.file(), ex.line(), ex.reason()));
				}
			}
			transaction.executeWithoutResult(status -> {
				save(valid, known, idsBySlug, now, schedule, tally);
				entityManager.flush();
				entityManager.clear();
			});
		}
		int withdrawn = transaction.execute(status -> withdrawRemoved(known, present, now, tally.events));
		return new Outcome(tally.imported, tally.updated, unchanged, withdrawn, tally.events);
	}

	private void save(List<Parsed> chunk, Map<String, Known> known, Map<String, Long> idsBySlug, Instant now,
			ReviewRecords.Schedule schedule, Tally tally) {
		for (Parsed parsed : chunk) {
			ParsedDocument doc = parsed.doc();
			Known k = known.get(doc.path());
			Long existingId = k != null ? Long.valueOf(k.id()) : idsBySlug.get(doc.slug());
			Article article = existingId != null ? articles.findById(existingId).orElseThrow()
					: new Article(doc.slug());
			VisibilityChange change = VisibilityChange.before(article, now);
			boolean isNew = article.getId() == null;
			String previousSlug = article.getSlug();
			Review previous = new Review(article.getReview().reviewer(), article.getReview().lastReviewed());
			ArticleMapper.apply(doc, article, now);
			article.getReview()
				.scheduleNext(schedule.nextReview(article.getReview().nextReview(), article.getReview().lastReviewed(),
						article.getCategorySlug()));
			if (!isNew && !previousSlug.equals(article.getSlug())) {
				article.getAliases().add("/articles/" + previousSlug);
			}
			int last = isNew ? 0 : revisions.lastNumber(article.getId());
			// a file read again only because its hash was forgotten (V103) is no new
			// revision
			boolean sameAsLast = !isNew
					&& revisions.lastContentHash(article.getId()).filter(doc.contentHash()::equals).isPresent();
			int number = sameAsLast ? last : last + 1;
			Review review = new Review(article.getReview().reviewer(), article.getReview().lastReviewed());
			// Files are trusted: a review that arrives with one is history like any
			// sign-off.
			boolean signedOff = review.complete() && !review.equals(previous);
			if (signedOff) {
				// marked before the row is written: marked after, a new article's row
				// would be inserted and then updated
				article.getReview().reviewedAt(number);
			}
			article = articles.save(article);
			idsBySlug.put(article.getSlug(), article.getId());
			if (!sameAsLast) {
				revisions
					.save(new Revision(article.getId(), number, parsed.source(), doc.contentHash(), now, "import"));
			}
			if (signedOff) {
				reviews.record(article, number,
						new ReviewRecords.Action(ReviewDecision.IMPORTED, null, null, review.on()), now);
			}
			change.after(article, now).ifPresent(tally.events::add);
			if (isNew) {
				tally.imported++;
			}
			else {
				tally.updated++;
			}
		}
	}

	private int withdrawRemoved(Map<String, Known> known, Set<String> present, Instant now, List<ArticleEvent> events) {
		int withdrawn = 0;
		for (Map.Entry<String, Known> entry : known.entrySet()) {
			if (present.contains(entry.getKey())) {
				continue;
			}
			Article article = articles.findById(entry.getValue().id()).orElseThrow();
			boolean movedToAnotherFile = !entry.getKey().equals(article.getSource().path());
			if (!movedToAnotherFile && article.getStatus() == ArticleStatus.PUBLISHED) {
				VisibilityChange change = VisibilityChange.before(article, now);
				article.setStatus(ArticleStatus.UNPUBLISHED);
				article.setUpdatedAt(now);
				// if the file comes back, even unchanged, it is read again and
				// republished;
				// an article an editor unpublished keeps its hash and is left alone
				article.getSource().forgetHash();
				withdrawn++;
				change.after(article, now).ifPresent(events::add);
			}
		}
		return withdrawn;
	}

}
