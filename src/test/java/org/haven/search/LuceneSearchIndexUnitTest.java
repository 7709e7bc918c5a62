package org.haven.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.haven.article.ArticleCard;
import org.haven.article.ArticleDetail;
import org.haven.taxonomy.TagRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LuceneSearchIndexUnitTest {

	final LuceneSearchIndex index = new LuceneSearchIndex(new ByteBuffersDirectory(), 200);

	static ArticleDetail article(long id, String title, String tag, String bodyHtml) {
		Instant at = Instant.parse("2026-01-01T08:00:00Z");
		ArticleCard card = new ArticleCard(id, "a-" + id, title, "Summary " + id, "growth", "Growth", null, at, at, 2,
				List.of(new TagRef(tag, tag)), false, null, List.of());
		return new ArticleDetail(card, bodyHtml, List.of(), List.of(), 100, null, null, null, null);
	}

	@AfterEach
	void close() throws Exception {
		index.close();
	}

	static SearchQuery query(String text) {
		return new SearchQuery(text, null, null, 1, 10);
	}

	@Test
	void searchesTheTextOfTheHtmlAndEscapesItInSnippets() {
		index.replaceAll(Stream.of(article(1, "Sleep", "sleep",
				"<p>Write worries &amp; plans <em>down</em> before bed: &lt;script&gt; is just text.</p>")));

		SearchResults results = index.search(query("worry script"));

		assertThat(results.matches()).hasSize(1);
		assertThat(results.matches().get(0).snippetHtml()).contains("<mark>worries</mark>", "&amp;", "&lt;")
			.doesNotContain("<em>", "<p>");
	}

	@Test
	void boostsTitleAndTagsOverBody() {
		index.replaceAll(Stream.of(article(1, "Habits", "habits", "<p>Resilience comes up once here.</p>"),
				article(2, "Resilience", "habits", "<p>Nothing else.</p>"),
				article(3, "Small steps", "resilience", "<p>Nothing else.</p>")));

		assertThat(index.search(query("resilience")).matches()).extracting(SearchResults.Match::articleId)
			.containsExactly(2L, 3L, 1L);
	}

	@Test
	void followsChangesAndRemovals() {
		index.replaceAll(Stream.of(article(1, "Loneliness", "connection", "<p>a</p>")));
		index.index(article(1, "Friendship", "connection", "<p>a</p>"));
		index.index(article(2, "Loneliness again", "connection", "<p>a</p>"));
		index.remove(2);

		assertThat(index.search(query("loneliness")).total()).isZero();
		assertThat(index.search(query("friendship")).total()).isEqualTo(1);
	}

	@Test
	void everySearchSeesTheChangesMadeBeforeItStarted() {
		index.replaceAll(Stream.of(article(1, "Loneliness", "connection", "<p>a</p>")));
		assertThat(index.search(query("loneliness")).total()).isEqualTo(1);

		index.index(article(2, "Loneliness at work", "connection", "<p>a</p>"));
		assertThat(index.search(query("loneliness")).total()).isEqualTo(2);

		index.remove(1);
		index.remove(2);
		assertThat(index.search(query("loneliness")).total()).isZero();
	}

	@Test
	void findsAChangeAtOnceWithoutForcingItToDisk() throws Exception {
		AtomicInteger syncs = new AtomicInteger();
		FilterDirectory counting = new FilterDirectory(new ByteBuffersDirectory()) {
			@Override
			public void sync(Collection<String> names) throws IOException {
				syncs.incrementAndGet();
				super.sync(names);
			}
		};
		try (LuceneSearchIndex onDisk = new LuceneSearchIndex(counting, 200)) {
			onDisk.replaceAll(Stream.of(article(1, "Loneliness", "connection", "<p>a</p>")));
			assertThat(syncs).as("a full build is committed").hasPositiveValue();
			syncs.set(0);

			onDisk.index(article(2, "Friendship", "connection", "<p>a</p>"));
			onDisk.remove(1);

			assertThat(onDisk.search(query("friendship")).total()).isEqualTo(1);
			assertThat(onDisk.search(query("loneliness")).total()).isZero();
			assertThat(syncs).as("one article's change is not forced to disk").hasValue(0);
		}
	}

	@Test
	void unusableQueriesFindNothingInsteadOfFailing() {
		index.replaceAll(Stream.of(article(1, "Panic", "panic", "<p>panic</p>")));

		for (String odd : List.of("", "*", "\"", "(", "AND", "OR NOT", "a:b:c", "\\", "x".repeat(5000))) {
			assertThat(index.search(query(odd))).isNotNull();
		}
		assertThat(index.search(query("PANIC AND (\"")).total()).isEqualTo(1);
	}

}
