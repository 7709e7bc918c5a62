package org.haven.article;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports the whole content folder: categories, authors and pages first (articles refer to them), then articles. Logs
 * one summary line and one line per problem, then announces what changed.
 */
@Service
public class ContentImport {

	private static final Logger log = LoggerFactory.getLogger(ContentImport.class);

	private final VocabularyImporter vocabulary;

	private final ArticleImporter articles;

	private final ApplicationEventPublisher events;

	private final ContentProperties properties;

	ContentImport(VocabularyImporter vocabulary, ArticleImporter articles, ApplicationEventPublisher events,
			ContentProperties properties) {
		this.vocabulary = vocabulary;
		this.articles = articles;
		this.events = events;
		this.properties = properties;
	}

	/** Imports the configured content folder. */
	public ImportReport importAll() {
		return importFrom(properties.dir());
	}

	/**
	 * Runs a change to what the importer reads besides articles ({@code categories.yaml}) while no import runs, so an
	 * import never sees the file and the database disagree.
	 */
	synchronized <T> T exclusively(Supplier<T> change) {
		return change.get();
	}

	/** Imports one content folder; synchronised so a file watcher and a start-up import never overlap. */
	public synchronized ImportReport importFrom(Path root) {
		long started = System.nanoTime();
		List<ImportProblem> problems = new ArrayList<>();
		boolean categoriesChanged = vocabulary.importCategories(root, problems);
		boolean authorsChanged = vocabulary.importAuthors(root, problems);
		boolean pagesChanged = vocabulary.importPages(root, problems);
		Set<String> categories = vocabulary.categorySlugs();
		Set<String> authors = vocabulary.authorSlugs();
		int vocabularyProblems = problems.size();
		ArticleImporter.Outcome outcome = articles.importArticles(root, categories, authors, problems);
		ImportReport report = new ImportReport(outcome.imported(), outcome.updated(), outcome.unchanged(),
				problems.size() - vocabularyProblems, outcome.withdrawn(), List.copyOf(problems),
				Duration.ofNanos(System.nanoTime() - started));
		problems.forEach(problem -> log.warn("Content not imported: {}", problem));
		log.info("Content import from {}: {}", root, report.summary());
		outcome.events().forEach(events::publishEvent);
		boolean vocabularyChanged = categoriesChanged || authorsChanged;
		if (vocabularyChanged || pagesChanged || !outcome.events().isEmpty()) {
			events.publishEvent(new SiteContentChanged("import", vocabularyChanged));
		}
		return report;
	}

}
