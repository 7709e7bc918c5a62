package org.haven.article;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.haven.content.ContentProperties;
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

	private final ContentProperties properties;

	private final ContentFolderLock lock;

	private final SafeMessagingRules safeMessagingRules;

	ContentImport(VocabularyImport vocabulary, AuthorPageImporter authorsAndPages, ArticleImporter articles,
			ApplicationEventPublisher events, ContentProperties properties, ContentFolderLock lock,
			SafeMessagingRules safeMessagingRules) {
		this.safeMessagingRules = safeMessagingRules;
		this.vocabulary = vocabulary;
		this.authorsAndPages = authorsAndPages;
		this.articles = articles;
		this.events = events;
		this.properties = properties;
		this.lock = lock;
	}

	private static final Timer IMPORTS = Timer.builder("haven.content.import")
		.description("an import of the content folder")
		.register(Metrics.globalRegistry);

	/** Imports the configured content folder. */
	public ImportReport importAll() {
		return importFrom(properties.dir());
	}

	/**
	 * Imports one content folder, holding the {@link ContentFolderLock}, so a file
	 * watcher, a start-up import and an editor's change to {@code categories.yaml} never
	 * overlap.
	 */
	public ImportReport importFrom(Path root) {
		return lock.exclusively(() -> IMPORTS.record(() -> importHeld(root)));
	}

	private ImportReport importHeld(Path root) {
		long started = System.nanoTime();
		List<ImportProblem> problems = new ArrayList<>();
		VocabularyImport.Imported declared = vocabulary.importFrom(root, problems);
		safeMessagingRules.reloadFrom(root);
		problems.addAll(safeMessagingRules.problems());
		boolean authorsChanged = authorsAndPages.importAuthors(root, problems);
		boolean pagesChanged = authorsAndPages.importPages(root, problems);
		Set<String> authors = authorsAndPages.authorSlugs();
		int vocabularyProblems = problems.size();
		ImportChecks checks = new ImportChecks(declared.categories(), declared.contentNotes(), authors);
		ArticleImporter.Outcome outcome = articles.importArticles(root, checks, problems);
		ImportReport report = new ImportReport(outcome.imported(), outcome.updated(), outcome.unchanged(),
				problems.size() - vocabularyProblems, outcome.withdrawn(), List.copyOf(problems),
				Duration.ofNanos(System.nanoTime() - started));
		problems.forEach(problem -> log.warn("Content not imported: {}", problem));
		log.info("Content import from {}: {}", root, report.summary());
		outcome.events().forEach(events::publishEvent);
		boolean vocabularyChanged = declared.changed() || authorsChanged;
		if (vocabularyChanged || pagesChanged || !outcome.events().isEmpty()) {
			events.publishEvent(new SiteContentChanged("import", vocabularyChanged));
		}
		return report;
	}

}
