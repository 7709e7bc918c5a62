package org.haven.article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.haven.article.ArticleEvent.ArticlePublished;
import org.haven.article.ArticleEvent.ArticleUpdated;
import org.haven.article.ArticleEvent.ArticleWithdrawn;
import org.haven.content.ContentException;
import org.haven.content.ContentReader;
import org.haven.content.FrontMatter;
import org.haven.content.ParsedDocument;
import org.haven.content.Slugs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upserts {@code content/articles/*.md} by content hash: unchanged files are skipped before they are parsed, changed
 * ones are parsed and rendered in parallel, and one bad file is reported (file, line, reason) without stopping the
 * rest. A file that disappears unpublishes its article; the article and its revisions are kept.
 */
@Component
class ArticleImporter {

	private static final int FLUSH_EVERY = 250;

	private final ArticleRepository articles;

	private final RevisionRepository revisions;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ContentReader reader = new ContentReader();

	ArticleImporter(ArticleRepository articles, RevisionRepository revisions, EntityManager entityManager,
			TransactionTemplate transaction, Clock clock) {
		this.articles = articles;
		this.revisions = revisions;
		this.entityManager = entityManager;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** The outcome for the article files: counts, problems, and the events to announce after commit. */
	record Outcome(int imported, int updated, int unchanged, int withdrawn, List<ArticleEvent> events) {
	}

	/** What the database already knows of a source file. */
	private record Known(String hash, long id, String slug) {
	}

	private record Candidate(Path file, String path, byte[] bytes, String hash) {
	}

	Outcome importArticles(Path root, Set<String> categories, Set<String> authors, List<ImportProblem> problems) {
		Map<String, Known> known = new HashMap<>();
		Map<String, String> pathBySlug = new HashMap<>();
		for (Object[] row : articles.findSourceIndex()) {
			Known k = new Known((String) row[1], (Long) row[2], (String) row[3]);
			known.put((String) row[0], k);
			pathBySlug.put(k.slug(), (String) row[0]);
		}
		Set<String> unpublishedByRemoval = unpublishedSourcePaths();

		List<Candidate> changed = new ArrayList<>();
		Set<String> present = new LinkedHashSet<>();
		int unchanged = 0;
		for (Path file : ContentFiles.markdownIn(root.resolve("articles"))) {
			String path = ContentFiles.relative(root, file);
			present.add(path);
			byte[] bytes = ContentFiles.read(file);
			String hash = ContentReader.hash(bytes);
			Known k = known.get(path);
			if (k != null && k.hash().equals(hash) && !unpublishedByRemoval.contains(path)) {
				unchanged++;
			}
			else {
				changed.add(new Candidate(file, path, bytes, hash));
			}
		}

		List<ParsedDocument> parsed = parseAll(changed, problems);
		List<ParsedDocument> valid = new ArrayList<>();
		for (ParsedDocument doc : parsed) {
			try {
				validate(doc, categories, authors);
				String owner = pathBySlug.get(doc.slug());
				if (owner != null && !owner.equals(doc.path()) && present.contains(owner)) {
					throw new ContentException(doc.path(), doc.frontMatter().lineOf("slug", "title"),
							"duplicate slug '" + doc.slug() + "': already used by " + owner);
				}
				pathBySlug.put(doc.slug(), doc.path());
				valid.add(doc);
			}
			catch (ContentException ex) {
				problems.add(new ImportProblem(ex.file(), ex.line(), ex.reason()));
			}
		}

		Map<String, String> sources = new HashMap<>();
		changed.forEach(c -> sources.put(c.path(), new String(c.bytes(), StandardCharsets.UTF_8)));
		int unchangedCount = unchanged;
		return transaction.execute(status -> save(valid, sources, known, present, unchangedCount));
	}

	private List<ParsedDocument> parseAll(List<Candidate> candidates, List<ImportProblem> problems) {
		List<Object> results = candidates.parallelStream().map(c -> {
			try {
				return (Object) reader.read(c.path(), c.bytes(), c.hash());
			}
			catch (ContentException ex) {
				return new ImportProblem(ex.file(), ex.line(), ex.reason());
			}
			catch (RuntimeException ex) {
				return new ImportProblem(c.path(), 1, "cannot be rendered: " + ex);
			}
		}).toList();
		List<ParsedDocument> parsed = new ArrayList<>();
		for (Object result : results) {
			if (result instanceof ParsedDocument doc) {
				parsed.add(doc);
			}
			else {
				problems.add((ImportProblem) result);
			}
		}
		return parsed;
	}

	private static void validate(ParsedDocument doc, Set<String> categories, Set<String> authors) {
		FrontMatter fm = doc.frontMatter();
		if (fm.title() == null) {
			throw new ContentException(doc.path(), 1, "missing 'title'");
		}
		if (!Slugs.isValid(doc.slug())) {
			throw new ContentException(doc.path(), fm.lineOf("slug"),
					"slug '" + doc.slug() + "' must be lowercase letters, digits and hyphens");
		}
		String category = fm.primaryCategory();
		if (category == null) {
			throw new ContentException(doc.path(), 1, "missing 'categories': name one declared in categories.yaml");
		}
		for (String c : fm.categories()) {
			if (!categories.contains(c)) {
				throw new ContentException(doc.path(), fm.lineOf("categories", "category"), "unknown category '" + c
						+ "': declare it in categories.yaml (declared: " + String.join(", ", sorted(categories)) + ")");
			}
		}
		for (String a : fm.authors()) {
			if (!authors.contains(a)) {
				throw new ContentException(doc.path(), fm.lineOf("authors", "author"),
						"unknown author '" + a + "': add content/authors/" + a + ".md");
			}
		}
		if (fm.reviewedBy() != null && !authors.contains(fm.reviewedBy())) {
			throw new ContentException(doc.path(), fm.lineOf("reviewed_by"),
					"unknown reviewer '" + fm.reviewedBy() + "': add content/authors/" + fm.reviewedBy() + ".md");
		}
	}

	private static List<String> sorted(Set<String> values) {
		return values.stream().sorted().toList();
	}

	private Outcome save(List<ParsedDocument> docs, Map<String, String> sources, Map<String, Known> known,
			Set<String> present, int unchanged) {
		Instant now = clock.instant();
		Map<String, Long> idsBySlug = new HashMap<>();
		for (Object[] row : articles.findAllSlugs()) {
			idsBySlug.put((String) row[0], (Long) row[1]);
		}
		List<ArticleEvent> events = new ArrayList<>();
		int imported = 0;
		int updated = 0;
		int count = 0;
		for (ParsedDocument doc : docs) {
			Known k = known.get(doc.path());
			Long existingId = k != null ? Long.valueOf(k.id()) : idsBySlug.get(doc.slug());
			Article article = existingId != null ? articles.findById(existingId).orElseThrow()
					: new Article(doc.slug());
			boolean wasVisible = article.getId() != null && article.isVisibleAt(now);
			boolean isNew = article.getId() == null;
			String previousSlug = article.getSlug();
			ArticleMapper.apply(doc, article, now);
			if (!isNew && !previousSlug.equals(article.getSlug())) {
				article.getAliases().add("/articles/" + previousSlug);
			}
			article = articles.save(article);
			int number = isNew ? 1 : revisions.lastNumber(article.getId()) + 1;
			revisions.save(new Revision(article.getId(), number, sources.get(doc.path()), doc.contentHash(), now,
					"import"));
			boolean visible = article.isVisibleAt(now);
			if (visible && !wasVisible) {
				events.add(new ArticlePublished(article.getId(), article.getSlug()));
			}
			else if (visible) {
				events.add(new ArticleUpdated(article.getId(), article.getSlug()));
			}
			else if (wasVisible) {
				events.add(new ArticleWithdrawn(article.getId(), article.getSlug()));
			}
			if (isNew) {
				imported++;
			}
			else {
				updated++;
			}
			if (++count % FLUSH_EVERY == 0) {
				entityManager.flush();
				entityManager.clear();
			}
		}
		int withdrawn = withdrawRemoved(known, present, now, events);
		return new Outcome(imported, updated, unchanged, withdrawn, events);
	}

	private int withdrawRemoved(Map<String, Known> known, Set<String> present, Instant now,
			List<ArticleEvent> events) {
		int withdrawn = 0;
		for (Map.Entry<String, Known> entry : known.entrySet()) {
			if (present.contains(entry.getKey())) {
				continue;
			}
			Article article = articles.findById(entry.getValue().id()).orElseThrow();
			boolean movedToAnotherFile = !entry.getKey().equals(article.getSourcePath());
			if (!movedToAnotherFile && article.getStatus() == ArticleStatus.PUBLISHED) {
				boolean wasVisible = article.isVisibleAt(now);
				article.setStatus(ArticleStatus.UNPUBLISHED);
				article.setUpdatedAt(now);
				withdrawn++;
				if (wasVisible) {
					events.add(new ArticleWithdrawn(article.getId(), article.getSlug()));
				}
			}
		}
		return withdrawn;
	}

	private Set<String> unpublishedSourcePaths() {
		Set<String> paths = new LinkedHashSet<>();
		entityManager
			.createQuery("select a.sourcePath from Article a where a.status = :status and a.sourcePath is not null",
					String.class)
			.setParameter("status", ArticleStatus.UNPUBLISHED)
			.getResultList()
			.forEach(paths::add);
		return paths;
	}

}
