package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;

/**
 * Indexes built from articles (search, related posts) follow an import article by article
 * when it changes a few, and rebuild once when it changes hundreds: a WordPress import of
 * 5,000 posts spent 8 s updating the search index one post at a time and then rebuilt it
 * anyway.
 */
@ArticleModuleTest
@Import(DerivedIndexIntegrationTest.CountingIndex.class)
class DerivedIndexIntegrationTest {

	@TempDir
	Path content;

	@Autowired
	ContentImport contentImport;

	@Autowired
	CountingIndex index;

	@Test
	void anImportOfHundredsOfArticlesRebuildsOnceAndOneOfAFewUpdatesEachArticle() throws IOException {
		Files.writeString(content.resolve("categories.yaml"), "- slug: calm\n  name: Calm\n  order: 1\n");
		Files.createDirectories(content.resolve("articles"));
		write(0, 2, "first");
		index.onReady();
		contentImport.importFrom(content);
		index.reset();

		write(2, ContentImport.ARTICLES_UPDATED_ONE_BY_ONE + 3, "first");
		contentImport.importFrom(content);

		assertThat(index.refreshed.get()).isZero();
		assertThat(index.rebuilt.get()).isOne();

		index.reset();
		write(10, 13, "second");
		contentImport.importFrom(content);

		assertThat(index.refreshed.get()).isEqualTo(3);
		assertThat(index.rebuilt.get()).isZero();
	}

	private void write(int from, int to, String version) throws IOException {
		for (int i = from; i < to; i++) {
			Files.writeString(content.resolve("articles/calm-" + i + ".md"), """
					---
					title: "Calm note %d"
					date: 2026-01-05T08:00:00Z
					categories: [calm]
					summary: "A short note."
					---

					Breathe out slowly, the %s time.
					""".formatted(i, version));
		}
	}

	@TestComponent
	static class CountingIndex extends DerivedIndex {

		final AtomicInteger rebuilt = new AtomicInteger();

		final AtomicInteger refreshed = new AtomicInteger();

		void reset() {
			rebuilt.set(0);
			refreshed.set(0);
		}

		@Override
		protected void rebuildAll() {
			rebuilt.incrementAndGet();
		}

		@Override
		protected void refresh(long articleId) {
			refreshed.incrementAndGet();
		}

		@Override
		protected void remove(long articleId) {
			refreshed.incrementAndGet();
		}

	}

}
