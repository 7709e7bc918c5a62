package org.haven.article;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.haven.content.ContentProperties.UnknownCategories;
import org.haven.content.ImportProblem;
import org.haven.content.safemessaging.SafeMessagingRules;
import org.haven.taxonomy.ContentFolderLock;
import org.haven.taxonomy.VocabularyImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports the whole content folder: categories, content notes, authors and pages first
 * (articles refer to them), then articles. Logs one summary line and one line per
 * problem, then announces what changed.
 */
@Service
public class ContentImport {

	private static final Logger log = LoggerFactory.getLogger(ContentImport.class);

	private final VocabularyImport vocabulary;

	private final AuthorPageImporter authorsAndPages;

	private final ArticleImporter articles;

	private final ApplicationEventPublisher events;

	private final ImportVocabularies vocabularies;

	private final ContentFolderLock lock;

	private final SafeMessagingRules safeMessagingRules;

	private final ArticleFileParser parser;

	ContentImport(VocabularyImport vocabulary, AuthorPageImporter authorsAndPages, ArticleImporter articles,
			ApplicationEventPublisher events, ImportVocabularies vocabularies, ContentFolderLock lock,
			SafeMessagingRules safeMessagingRules, ArticleFileParser parser) {
		this.safeMessagingRules = safeMessagingRules;
		this.parser = parser;
		this.vocabulary = vocabulary;
		this.authorsAndPages = authorsAndPages;
		this.articles = articles;
		this.events = events;
		this.vocabularies = vocabularies;
		this.lock = lock;
	}

	/** Beyond this many changed articles, an import rebuilds the derived indexes once. */
	static final int ARTICLES_UPDATED_ONE_BY_ONE = 200;

	private static final Timer IMPORTS = Timer.builder("haven.content.import")
		.description("an import of the content folder")
		.register(Metrics.globalRegistry);

	/**
	 * Declares categories in the folder {@code root} before an import, each with what
	 * another system said about it as its description (the parent a WordPress category
	 * had), by name; one already declared is left as it is.
	 */
	public void declareCategories(Path root, Map<String, String> descriptionsByName) {
		if (descriptionsByName.isEmpty()) {
			return;
		}
		lock.exclusively(() -> {
			// categories.yaml is written back from the database: read the folder's first,
			// or a command on a fresh database would leave only the new categories in it
			List<ImportProblem> problems = new ArrayList<>();
			vocabulary.importFrom(root, problems);
			if (problems.isEmpty()) {
				// an unreadable file is not overwritten; the import that follows reports
				// it
				descriptionsByName
					.forEach((name, description) -> vocabularies.declareCategory(root, name, description));
			}
			return null;
		});
	}

	/** Imports the configured content folder. */
	public ImportReport importAll() {
		return importFrom(vocabularies.contentDir());
	}

	/**
	 * Imports one content folder, holding the {@link ContentFolderLock}, so a file
	 * watcher, a start-up import and an editor's change to {@code categories.yaml} never
	 * overlap.
	 */
	public ImportReport importFrom(Path root) {
		return importFrom(root, vocabularies.unknownCategories());
	}

	/**
	 * Imports one content folder with its own rule for unknown categories, as a migration
	 * from another system wants ({@code CREATE}) whatever the site's setting.
	 */
	public ImportReport importFrom(Path root, UnknownCategories unknownCategories) {
		return lock.exclusively(() -> IMPORTS.record(() -> importHeld(root, unknownCategories)));
	}

	private ImportReport importHeld(Path root, UnknownCategories unknownCategories) {
		long started = System.nanoTime();
		parser.takeFindingCount();
		List<ImportProblem> problems = new ArrayList<>();
		VocabularyImport.Imported declared = vocabulary.importFrom(root, problems);
		safeMessagingRules.reloadFrom(root);
		problems.addAll(safeMessagingRules.problems());
		boolean authorsChanged = authorsAndPages.importAuthors(root, problems);
		List<ImportProblem> warnings = new ArrayList<>();
		boolean pagesChanged = authorsAndPages.importPages(root, problems, warnings);
		int vocabularyProblems = problems.size();
		ImportVocabulary vocabulary = vocabularies.forImport(root, unknownCategories);
		ImportChecks checks = new ImportChecks(vocabulary.categorySlugs(), declared.contentNotes(),
				vocabulary.authorSlugs());
		ArticleImporter.Outcome outcome = articles.importArticles(root, new ArticleImporter.Rules(vocabulary, checks),
				problems, warnings);
		ImportReport report = new ImportReport(outcome.imported(), outcome.updated(), outcome.unchanged(),
				problems.size() - vocabularyProblems, outcome.withdrawn(), List.copyOf(problems),
				Duration.ofNanos(System.nanoTime() - started), List.copyOf(warnings),
				Map.copyOf(vocabulary.createdCategories()), Map.copyOf(vocabulary.createdAuthors()));
		problems.forEach(problem -> log.warn("Content not imported: {}", problem));
		warnings.forEach(warning -> log.warn("Content imported with a warning: {}", warning));
		vocabulary.createdCategories()
			.forEach((slug, files) -> log.warn("Category '{}' was not declared: added to categories.yaml; used by {}",
					slug, files));
		vocabulary.createdAuthors()
			.forEach((slug, files) -> log.warn("Author '{}' had no profile: wrote content/authors/{}.md; named by {}",
					slug, slug, files));
		ArticleFileParser.FindingCount findings = parser.takeFindingCount();
		if (findings.findings() > 0) {
			log.warn(
					"Safe messaging: {} findings in {} imported files; each article's are listed with its publish"
							+ " checks in the editor, and logged one by one at DEBUG level of {}",
					findings.findings(), findings.files(), ArticleFileParser.class.getName());
		}
		log.info("Content import from {}: {}", root, report.summary());
		boolean vocabularyChanged = declared.changed() || authorsChanged || !vocabulary.createdCategories().isEmpty()
				|| !vocabulary.createdAuthors().isEmpty();
		// past a few hundred articles, one rebuild of the derived indexes is cheaper than
		// updating them article by article (and a changed vocabulary rebuilds them
		// anyway)
		boolean rebuild = vocabularyChanged || outcome.events().size() > ARTICLES_UPDATED_ONE_BY_ONE;
		if (rebuild) {
			DerivedIndex.rebuildFollows(() -> outcome.events().forEach(events::publishEvent));
		}
		else {
			outcome.events().forEach(events::publishEvent);
		}
		if (rebuild || pagesChanged || !outcome.events().isEmpty()) {
			events.publishEvent(new SiteContentChanged("import", rebuild));
		}
		return report;
	}

}
