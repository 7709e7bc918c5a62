package org.haven.migrate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import org.haven.common.LowPriorityThreads;
import org.haven.migrate.UploadedImport.State;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

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

		WordPressReport run(Path export, @Nullable Path mediaDir, ImportProgress progress);

	}

	/** Writes the uploaded bytes to a file (a multipart file's {@code transferTo}). */
	@FunctionalInterface
	public interface Upload {

		void copyTo(Path file) throws IOException;

	}

	private final Importer importer;

	private final Clock clock;

	private final ExecutorService worker = Executors
		.newSingleThreadExecutor(LowPriorityThreads.named("wordpress-import"));

	private final AtomicLong ids = new AtomicLong();

	private volatile @Nullable UploadedImport latest;

	private final long maxMediaBytes;

	/** Media archives uploaded for an import not started yet, by id. */
	private final Map<String, StagedMedia> staged = new ConcurrentHashMap<>();

	@Autowired
	WordPressUploads(WordPressImport wordPress, MigrateProperties properties, Clock clock) {
		this(wordPress::importExport, properties.maxMediaArchive().toBytes(), clock);
	}

	WordPressUploads(Importer importer, long maxMediaBytes, Clock clock) {
		this.importer = importer;
		this.maxMediaBytes = maxMediaBytes;
		this.clock = clock;
	}

	/** The largest media archive accepted, in bytes. */
	public long maxMediaBytes() {
		return maxMediaBytes;
	}

	/**
	 * Keeps an uploaded media archive (a zip of {@code wp-content/uploads}) for the
	 * import started next, and returns its id. It is unpacked when that import starts;
	 * one not used within an hour is deleted.
	 * @throws MediaNotTaken when the archive is larger than the limit
	 * @throws IOException when the upload cannot be stored
	 */
	public String stageMedia(String fileName, Upload upload) throws IOException {
		forgetStaleMedia();
		Path zip = Files.createTempFile("haven-wordpress-media-", ".zip");
		try {
			upload.copyTo(zip);
			if (Files.size(zip) > maxMediaBytes) {
				throw new MediaNotTaken("The media archive is larger than " + maxMediaBytes / (1024 * 1024) + " MB.");
			}
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(zip);
			throw ex;
		}
		String id = UUID.randomUUID().toString();
		staged.put(id, new StagedMedia(fileName, zip, clock.instant()));
		return id;
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
		return start(fileName, upload, null, startedBy);
	}

	/**
	 * Copies the upload and starts importing it, with the media archive staged under
	 * {@code mediaId} (if not null).
	 * @throws ImportAlreadyRunning while another import runs (nothing is copied)
	 * @throws MediaNotTaken when no archive is staged under {@code mediaId}
	 */
	public UploadedImport start(String fileName, Upload upload, @Nullable String mediaId, String startedBy)
			throws IOException {
		StagedMedia media = mediaId == null ? null : staged.get(mediaId);
		if (mediaId != null && media == null) {
			throw new MediaNotTaken("The media archive is no longer here: upload it again with the export.");
		}
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
		if (mediaId != null) {
			staged.remove(mediaId);
		}
		worker.execute(() -> run(started, export, media));
		return started;
	}

	private void run(UploadedImport started, Path export, @Nullable StagedMedia media) {
		Path unpacked = null;
		// told only once the temporary files are gone, so "done" means nothing is left
		Runnable outcome;
		try {
			Path mediaDir = null;
			if (media != null) {
				unpacked = Files.createTempDirectory("haven-wordpress-media-");
				mediaDir = MediaArchive.unpack(media.zip(), unpacked, maxMediaBytes);
			}
			WordPressReport report = importer.run(export, mediaDir, new ImportProgress() {

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
			WordPressReport shown = mediaDir == null ? report
					: report.withPathNamed(mediaDir, "the media archive " + media.fileName());
			outcome = () -> finish(started, State.DONE, shown, null);
		}
		catch (IOException | RuntimeException ex) {
			// a bad export fails here (the reader names the line); the temporary name
			// means nothing to the admin, the uploaded one does
			String reason = String.valueOf(ex.getMessage()).replace(export.toString(), started.fileName());
			log.warn("WordPress import of {} failed: {}", started.fileName(), reason, ex);
			outcome = () -> finish(started, State.FAILED, null, reason);
		}
		finally {
			delete(export);
			if (media != null) {
				delete(media.zip());
			}
			if (unpacked != null) {
				deleteTree(unpacked);
			}
		}
		outcome.run();
	}

	private void forgetStaleMedia() {
		Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
		staged.entrySet().removeIf(entry -> {
			boolean stale = entry.getValue().at().isBefore(hourAgo);
			if (stale) {
				delete(entry.getValue().zip());
			}
			return stale;
		});
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("cannot delete {}", file, ex);
		}
	}

	private static void deleteTree(Path dir) {
		try {
			FileSystemUtils.deleteRecursively(dir);
		}
		catch (IOException ex) {
			log.warn("cannot delete {}", dir, ex);
		}
	}

	/** A media archive waiting for its import. */
	private record StagedMedia(String fileName, Path zip, Instant at) {
	}

	/**
	 * A media archive refused before its import: over the limit, or no longer kept under
	 * the id given (used already, or over an hour old).
	 */
	public static final class MediaNotTaken extends IOException {

		MediaNotTaken(String message) {
			super(message);
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
		staged.values().forEach(media -> delete(media.zip()));
	}

}
