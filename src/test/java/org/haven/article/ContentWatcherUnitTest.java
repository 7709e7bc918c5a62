package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentWatcherUnitTest {

	@TempDir
	Path content;

	@Test
	void reimportsOnceAfterABurstOfFileChanges() throws IOException, InterruptedException {
		Files.createDirectories(content.resolve("articles"));
		Semaphore imports = new Semaphore(0);
		ContentWatcher watcher = new ContentWatcher(content, true, imports::release);
		watcher.start();
		try {
			Thread.sleep(200);
			Files.writeString(content.resolve("articles/new.md"), "---\ntitle: New\n---\n");
			Files.writeString(content.resolve("articles/new.md"), "---\ntitle: New, edited\n---\n");

			assertThat(imports.tryAcquire(10, TimeUnit.SECONDS)).as("an import after the change").isTrue();
			assertThat(imports.tryAcquire(1, TimeUnit.SECONDS)).as("only one import for the burst").isFalse();
		}
		finally {
			watcher.stop();
		}
	}

	@Test
	void doesNothingWhenDisabled() throws IOException, InterruptedException {
		Files.createDirectories(content.resolve("articles"));
		Semaphore imports = new Semaphore(0);
		ContentWatcher watcher = new ContentWatcher(content, false, imports::release);
		watcher.start();

		Files.writeString(content.resolve("articles/new.md"), "x");

		assertThat(imports.tryAcquire(1, TimeUnit.SECONDS)).isFalse();
		assertThat(watcher.isRunning()).isFalse();
	}

}
