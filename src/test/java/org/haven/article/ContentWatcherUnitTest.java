package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentWatcherUnitTest {

	@TempDir
	Path content;

	/** Released by the watcher's callback, once per import. */
	final Semaphore imports = new Semaphore(0);

	ContentWatcher watcher;

	@AfterEach
	void stop() {
		if (watcher != null) {
			watcher.stop();
		}
	}

	@Test
	void reimportsOnceAfterABurstOfFileChanges() throws Exception {
		Files.createDirectories(content.resolve("articles"));
		startWatching();

		Files.writeString(content.resolve("articles/new.md"), "---\ntitle: New\n---\n");
		Files.writeString(content.resolve("articles/new.md"), "---\ntitle: New, edited\n---\n");

		assertThat(imports.tryAcquire(10, TimeUnit.SECONDS)).as("an import after the change").isTrue();
		assertThat(imports.tryAcquire(1, TimeUnit.SECONDS)).as("only one import for the burst").isFalse();
	}

	@Test
	void reimportsWhenAFileChangesInANestedFolder() throws Exception {
		Files.createDirectories(content.resolve("articles/2024/spring"));
		startWatching();

		Files.writeString(content.resolve("articles/2024/new.md"), "---\ntitle: New\n---\n");
		assertThat(imports.tryAcquire(10, TimeUnit.SECONDS)).as("an import after a change one level down").isTrue();

		Files.writeString(content.resolve("articles/2024/spring/deeper.md"), "---\ntitle: Deeper\n---\n");
		assertThat(imports.tryAcquire(10, TimeUnit.SECONDS)).as("an import after a change two levels down").isTrue();
	}

	@Test
	void watchesAFolderCreatedWhileRunning() throws Exception {
		Files.createDirectories(content.resolve("articles"));
		startWatching();

		Files.createDirectories(content.resolve("articles/2025"));
		assertThat(imports.tryAcquire(10, TimeUnit.SECONDS)).as("an import after the folder appeared").isTrue();

		Files.writeString(content.resolve("articles/2025/new.md"), "---\ntitle: New\n---\n");
		assertThat(imports.tryAcquire(10, TimeUnit.SECONDS)).as("an import after a file in the new folder").isTrue();
	}

	@Test
	void doesNothingWhenDisabled() throws IOException, InterruptedException {
		Files.createDirectories(content.resolve("articles"));
		watcher = new ContentWatcher(content, false, imports::release);
		watcher.start();

		Files.writeString(content.resolve("articles/new.md"), "x");

		assertThat(imports.tryAcquire(1, TimeUnit.SECONDS)).isFalse();
		assertThat(watcher.isRunning()).isFalse();
	}

	/**
	 * Starts the watcher and waits until it watches every folder, so no change below is
	 * made too early.
	 */
	private void startWatching() throws Exception {
		watcher = new ContentWatcher(content, true, imports::release);
		watcher.start();
		watcher.watching().get(10, TimeUnit.SECONDS);
	}

}
