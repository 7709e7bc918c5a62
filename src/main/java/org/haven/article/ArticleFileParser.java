package org.haven.article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.haven.content.ContentException;
import org.haven.content.ContentReader;
import org.haven.content.FrontMatter;
import org.haven.content.ImportProblem;
import org.haven.content.ParsedDocument;
import org.haven.content.Slugs;
import org.haven.content.safemessaging.Finding;
import org.haven.content.safemessaging.SafeMessaging;
import org.haven.content.safemessaging.SafeMessagingInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The importer's parsing stage: reads, parses and renders a chunk of changed article
 * files in parallel, in the background, and sorts the outcome into parsed documents and
 * problems (file, line, reason). Files are trusted, so safe-messaging findings do not
 * stop an import: they are counted for the import's summary line, and each is logged with
 * its file and line at DEBUG (thousands of WARN lines on a large import hid everything
 * else in the log).
 */
@Component
class ArticleFileParser {

	private static final Logger log = LoggerFactory.getLogger(ArticleFileParser.class);

	/**
	 * A new or changed file: only its path and hash are kept until its chunk is read,
	 * parsed and saved.
	 */
	record Candidate(Path file, String path, String hash) {
	}

	/** What reading one file gave: a parsed document, or a problem. */
	sealed interface ReadResult {

		void sortInto(List<Parsed> parsed, List<ImportProblem> problems);

	}

	/** A parsed file with its source text, kept as the revision. */
	record Parsed(ParsedDocument doc, String source) implements ReadResult {

		@Override
		public void sortInto(List<Parsed> parsed, List<ImportProblem> problems) {
			parsed.add(this);
		}

	}

	record Unreadable(ImportProblem problem) implements ReadResult {

		@Override
		public void sortInto(List<Parsed> parsed, List<ImportProblem> problems) {
			problems.add(problem);
		}

	}

	/** Parsed documents in file order, and the files that could not be read. */
	record ParseResult(List<Parsed> parsed, List<ImportProblem> problems) {
	}

	private final ContentReader reader;

	private final SafeMessaging safeMessaging;

	private final AtomicInteger findings = new AtomicInteger();

	private final AtomicInteger filesWithFindings = new AtomicInteger();

	ArticleFileParser(ContentReader reader, SafeMessaging safeMessaging) {
		this.reader = reader;
		this.safeMessaging = safeMessaging;
	}

	CompletableFuture<ParseResult> parseAsync(List<Candidate> chunk) {
		return CompletableFuture.supplyAsync(() -> parseAll(chunk));
	}

	ParseResult parseAll(List<Candidate> candidates) {
		List<ReadResult> results = candidates.parallelStream().map(this::read).toList();
		List<Parsed> parsed = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>();
		results.forEach(result -> result.sortInto(parsed, problems));
		return new ParseResult(parsed, problems);
	}

	ReadResult read(Candidate c) {
		try {
			// A page bundle's images join the media library; the hash stays the file's
			// own.
			byte[] bytes = BundleMedia.adopt(c.file(), c.path(), ContentFiles.read(c.file()));
			Parsed parsed = new Parsed(reader.read(c.path(), bytes, c.hash()),
					new String(bytes, StandardCharsets.UTF_8));
			logFindings(parsed);
			return parsed;
		}
		catch (ContentException ex) {
			return new Unreadable(new ImportProblem(ex.file(), ex.line(), ex.reason()));
		}
		catch (RuntimeException ex) {
			return new Unreadable(new ImportProblem(c.path(), 1, "cannot be rendered: " + ex));
		}
	}

	/**
	 * The safe-messaging findings in the files read since the last call, and in how many
	 * files; then starts counting again.
	 */
	FindingCount takeFindingCount() {
		return new FindingCount(findings.getAndSet(0), filesWithFindings.getAndSet(0));
	}

	record FindingCount(int findings, int files) {
	}

	private void logFindings(Parsed parsed) {
		FrontMatter fm = parsed.doc().frontMatter();
		Set<String> tags = fm.tags().stream().map(Slugs::ofTag).collect(Collectors.toSet());
		List<Finding> found = safeMessaging
			.check(SafeMessagingInput.ofFile(parsed.source(), Set.copyOf(fm.contentNotes()), tags));
		if (!found.isEmpty()) {
			findings.addAndGet(found.size());
			filesWithFindings.incrementAndGet();
		}
		for (Finding f : found) {
			log.debug("Safe messaging: {}:{}:{}: '{}' ({}): {} Suggested: {}", parsed.doc().path(), f.line(),
					f.column(), f.matched(), f.ruleId(), f.reason(), f.suggestion());
		}
	}

}
