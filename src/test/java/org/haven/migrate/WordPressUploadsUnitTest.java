package org.haven.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.haven.article.ImportReport;
import org.haven.migrate.UploadedImport.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WordPressUploadsUnitTest {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

	final CountDownLatch release = new CountDownLatch(1);

	final List<Path> exports = new ArrayList<>();

	final List<Path> mediaDirs = new ArrayList<>();

	final List<String> mediaSeen = new ArrayList<>();

	final WordPressUploads uploads = new WordPressUploads((export, mediaDir, progress) -> {
		exports.add(export);
		if (mediaDir != null) {
			mediaDirs.add(mediaDir);
			mediaSeen.add(mediaDir.getFileName() + ":" + Files.isRegularFile(mediaDir.resolve("2024/05/calm.jpg")));
		}
		progress.advanced(1, 4);
		await(release);
		if (read(export).contains("broken")) {
			throw new IllegalArgumentException(export + ":3: not a readable WordPress export: oops");
		}
		progress.advanced(4, 4);
		progress.importingContent();
		return new WordPressReport(3, 1, 0, 0, 0, List.of("item 9: status trash"), List.of(), List.of(),
				new ImportReport(3, 0, 0, 0, 0, List.of(), Duration.ZERO, List.of(), Map.of(), Map.of()));
	}, 1024 * 1024, CLOCK);

	@Test
	void aStagedMediaArchiveIsUnpackedForItsImportAndDeletedAfterIt() throws Exception {
		String id = uploads.stageMedia("uploads.zip", file -> MediaArchiveUnitTest.zip(file,
				"wp-content/uploads/2024/05/calm.jpg", "wp-content/uploads/2024/05/calm-300x200.jpg"));

		uploads.start("export.xml", file -> Files.writeString(file, "<rss/>"), id, "ada@haven.test");
		release.countDown();
		awaitState(State.DONE, 4);

		assertThat(mediaSeen).containsExactly("uploads:true");
		assertThat(mediaDirs.get(0)).doesNotExist();
		assertThatThrownBy(
				() -> uploads.start("export.xml", file -> Files.writeString(file, "<rss/>"), id, "ada@haven.test"))
			.as("an archive is used once")
			.isInstanceOf(WordPressUploads.MediaNotTaken.class);
	}

	@Test
	void aMediaArchiveThatCannotBeUnpackedFailsTheImportWithTheReason() throws Exception {
		String id = uploads.stageMedia("uploads.zip", file -> Files.writeString(file, "not a zip"));

		uploads.start("export.xml", file -> Files.writeString(file, "<rss/>"), id, "ada@haven.test");
		awaitState(State.FAILED, 0);

		assertThat(uploads.latest().orElseThrow().failure())
			.isEqualTo("The media archive was not unpacked: it is not a zip file.");
		assertThat(exports).as("nothing imported").isEmpty();
	}

	@Test
	void aMediaArchiveOverTheLimitIsNotKept() {
		assertThatThrownBy(
				() -> uploads.stageMedia("uploads.zip", file -> Files.write(file, new byte[2 * 1024 * 1024])))
			.hasMessage("The media archive is larger than 1 MB.");
	}

	@AfterEach
	void stop() {
		release.countDown();
		uploads.stop();
	}

	@Test
	void runsOneImportAtATimeAndRefusesASecondWhileItRuns() throws Exception {
		uploads.start("export.xml", file -> Files.writeString(file, "<rss/>"), "ada@haven.test");
		awaitState(State.RUNNING, 1);

		assertThatThrownBy(() -> uploads.start("other.xml", file -> Files.writeString(file, "<rss/>"), "bo@haven.test"))
			.isInstanceOf(ImportAlreadyRunning.class)
			.hasMessageContaining("export.xml");
		assertThat(uploads.latest().orElseThrow().statusText()).isEqualTo("Reading the export: 1 of 4 items.");

		release.countDown();
		UploadedImport done = awaitState(State.DONE, 4);
		assertThat(done.report().posts()).isEqualTo(3);
		assertThat(done.itemsText()).isEqualTo("4 of 4 items");
		assertThat(done.startedBy()).isEqualTo("ada@haven.test");
		assertThat(exports).singleElement().satisfies(export -> assertThat(export).doesNotExist());

		uploads.start("other.xml", file -> Files.writeString(file, "<rss/>"), "bo@haven.test");
		assertThat(uploads.latest().orElseThrow().fileName()).isEqualTo("other.xml");
	}

	@Test
	void aFailedImportSaysWhyUnderTheUploadedName() throws Exception {
		release.countDown();
		uploads.start("notes.xml", file -> Files.writeString(file, "broken"), "ada@haven.test");

		UploadedImport failed = awaitState(State.FAILED, 1);
		assertThat(failed.failure()).isEqualTo("notes.xml:3: not a readable WordPress export: oops");
		assertThat(failed.report()).isNull();
		assertThat(exports).singleElement().satisfies(export -> assertThat(export).doesNotExist());
	}

	private UploadedImport awaitState(State state, int done) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline) {
			UploadedImport now = uploads.latest().orElseThrow();
			if (now.state() == state && now.done() == done) {
				return now;
			}
			Thread.sleep(10);
		}
		throw new AssertionError("not " + state + " at " + done + ": " + uploads.latest());
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
