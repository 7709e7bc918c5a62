package org.haven.migrate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import org.haven.migrate.UploadedImport.State;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * WordPress imports started from the admin: one at a time, in the background, with the
 * same importer (and the same progress calls) as the command. The uploaded export is
 * copied to a temporary file first, so the request can end, and deleted when the import
 * is over. Only the latest import is remembered, for its progress page.
 */
@Service
public class WordPressUploads {

	private static final Logger log = LoggerFactory.getLogger(WordPressUploads.class);

	/** What runs an import; the real one is {@link WordPressImport}. */
	@FunctionalInterface
	interface Importer {

		WordPressReport run(Path export, ImportProgress progress);

	}

	/** Writes the uploaded bytes to a file (a multipart file's {@code transferTo}). */
	@FunctionalInterface
	public interface Upload {

		void copyTo(Path file) throws IOException;

	}

	private final Importer importer;

	private final Clock clock;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(run -> {
		Thread thread = new Thread(run, "wordpress-import");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicLong ids = new AtomicLong();

	private volatile @Nullable UploadedImport latest;

	@Autowired
	WordPressUploads(WordPressImport wordPress, Clock clock) {
		this((export, progress) -> wordPress.importExport(export, null, progress), clock);
	}

	WordPressUploads(Importer importer, Clock clock) {
		this.importer = importer;
		this.clock = clock;
	}

	/** The latest import started here, running or finished. */
	public Optional<UploadedImport> latest() {
		return Optional.ofNullable(latest);
	}

	/**
	 * Copies the upload and starts importing it.
	 * @throws ImportAlreadyRunning while another import runs (nothing is copied)
	 */
	public UploadedImport start(String fileName, Upload upload, String startedBy) throws IOException {
		UploadedImport started;
		synchronized (this) {
			UploadedImport current = latest;
			if (current != null && current.running()) {
				throw new ImportAlreadyRunning(current.fileName());
			}
			started = new UploadedImport(ids.incrementAndGet(), fileName, startedBy, clock.instant(), State.RUNNING, 0,
					0, false, null, null);
			latest = started;
		}
		Path export;
		try {
			export = Files.createTempFile("haven-wordpress-", ".xml");
			upload.copyTo(export);
		}
		catch (IOException | RuntimeException ex) {
			finish(started, State.FAILED, null, "The upload could not be stored: " + ex.getMessage());
			throw ex;
		}
		worker.execute(() -> run(started, export));
		return started;
	}

	private void run(UploadedImport started, Path export) {
		try {
			WordPressReport report = importer.run(export, new ImportProgress() {

				@Override
				public void advanced(int done, int total) {
					update(started, done, total, false);
				}

				@Override
				public void importingContent() {
					UploadedImport now = latest;
					update(started, now == null ? 0 : now.done(), now == null ? 0 : now.total(), true);
				}

			});
			log.info("WordPress import of {} by {}: {}", started.fileName(), started.startedBy(), report.summary());
			finish(started, State.DONE, report, null);
		}
		catch (RuntimeException ex) {
			// a bad export fails here (the reader names the line); the temporary name
			// means nothing to the admin, the uploaded one does
			String reason = String.valueOf(ex.getMessage()).replace(export.toString(), started.fileName());
			log.warn("WordPress import of {} failed: {}", started.fileName(), reason, ex);
			finish(started, State.FAILED, null, reason);
		}
		finally {
			try {
				Files.deleteIfExists(export);
			}
			catch (IOException ex) {
				log.warn("cannot delete {}", export, ex);
			}
		}
	}

	private synchronized void update(UploadedImport started, int done, int total, boolean importingContent) {
		latest = new UploadedImport(started.id(), started.fileName(), started.startedBy(), started.startedAt(),
				State.RUNNING, done, total, importingContent, null, null);
	}

	private synchronized void finish(UploadedImport started, State state, @Nullable WordPressReport report,
			@Nullable String failure) {
		UploadedImport now = latest;
		int done = now == null ? 0 : now.done();
		int total = now == null ? 0 : now.total();
		latest = new UploadedImport(started.id(), started.fileName(), started.startedBy(), started.startedAt(), state,
				done, total, false, report, failure);
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

}
