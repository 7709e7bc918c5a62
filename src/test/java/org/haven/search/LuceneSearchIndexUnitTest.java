package org.haven.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.haven.article.ArticleCard;
import org.haven.article.ArticleText;
import org.haven.content.MarkdownRenderer;
import org.haven.content.RenderedContent;
import org.haven.taxonomy.TagRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchIndexUnitTest {

	final LuceneSearchIndex index = new LuceneSearchIndex(new ByteBuffersDirectory(), 200);

	static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

	/**
	 * An article whose body is rendered from {@code markdown} as import and save render
	 * it.
	 */
	static ArticleText article(long id, String title, String tag, String markdown) {
		RenderedContent body = MARKDOWN.render(markdown);
		Instant at = Instant.parse("2026-01-01T08:00:00Z");
		ArticleCard card = new ArticleCard(id, "a-" + id, title, "Summary " + id, "growth", "Growth", null, at, at, 2,
				List.of(new TagRef(tag, tag)), false, null, List.of());
		return new ArticleText(card, body.text(), 1);
	}

	@AfterEach
	void close() throws Exception {
		index.close();
	}

	static SearchQuery query(String text) {
		return new SearchQuery(text, null, null, 1, 10);
	}

	@Test
	void keepsTheArticlesStateWithItsCommitsSoARestartCanOpenItAsItIs(@TempDir Path directory) throws Exception {
		LuceneSearchIndex first = new LuceneSearchIndex(FSDirectory.open(directory), 200);
		assertThat(first.state()).as("a new index is in no known state").isEmpty();
		first.recordState("3-6-1");
		first.replaceAll(Stream.of(article(1, "Sleep", "sleep", "Rest well.")));
		first.index(article(2, "Panic", "panic", "Breathe slowly."));
		first.recordState("4-9-2");
		first.close();

		LuceneSearchIndex reopened = new LuceneSearchIndex(FSDirectory.open(directory), 200);
		try {
			assertThat(reopened.state()).isEqualTo("4-9-2");
			assertThat(reopened.search(query("breathe")).matches()).hasSize(1);
		}
		finally {
			reopened.close();
		}
	}

	@Test
	void knowsTheVersionEachArticleWasIndexedAt() {
		index.replaceAll(Stream.of(article(1, "Sleep", "sleep", "Rest."), article(2, "Panic", "panic", "Breathe.")));
		ArticleText edited = article(2, "Panic", "panic", "Breathe slowly.");
		index.index(new ArticleText(edited.card(), edited.bodyText(), 7));
		index.index(article(3, "Worry", "worry", "Later."));
		index.remove(1);

		assertThat(index.versions()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(2L, 7L, 3L, 1L));
	}

	@Test
	void searchesTheTextOfTheBodyAndEscapesItInSnippets() {
		index.replaceAll(Stream
			.of(article(1, "Sleep", "sleep", "Write worries & plans *down* before bed: `<script>` is just text.")));

		SearchResults results = index.search(query("worry script"));

		assertThat(results.matches()).hasSize(1);
		assertThat(results.matches().get(0).snippetHtml()).contains("<mark>worries</mark>", "&amp;", "&lt;")
			.doesNotContain("<em>", "<p>");
	}

	@Test
	void findsAWordSplitByEmphasisAndShowsItWithoutMarkup() {
		index.replaceAll(Stream.of(article(1, "Advice", "advice",
				"Some advice is *un*helpful, some <em>un</em>kind; see [the guide](https://example.org/guide \"Guide\")."),
				article(2, "Other", "advice", "Nothing to see here.")));

		SearchResults unhelpful = index.search(query("unhelpful"));
		SearchResults unkind = index.search(query("unkind"));
		SearchResults url = index.search(query("example.org"));

		assertThat(unhelpful.matches()).extracting(SearchResults.Match::articleId).containsExactly(1L);
		assertThat(unkind.matches()).extracting(SearchResults.Match::articleId).containsExactly(1L);
		assertThat(url.matches()).as("link targets are not text").isEmpty();
		assertThat(unhelpful.matches().get(0).snippetHtml())
			.isEqualTo("Some advice is <mark>unhelpful</mark>, some unkind; see the guide.");
	}

	@Test
	void boostsTitleAndTagsOverBody() {
		index.replaceAll(Stream.of(article(1, "Habits", "habits", "Resilience comes up once here."),
				article(2, "Resilience", "habits", "Nothing else."),
				article(3, "Small steps", "resilience", "Nothing else.")));

		assertThat(index.search(query("resilience")).matches()).extracting(SearchResults.Match::articleId)
			.containsExactly(2L, 3L, 1L);
	}

	@Test
	void followsChangesAndRemovals() {
		index.replaceAll(Stream.of(article(1, "Loneliness", "connection", "a")));
		index.index(article(1, "Friendship", "connection", "a"));
		index.index(article(2, "Loneliness again", "connection", "a"));
		index.remove(2);

		assertThat(index.search(query("loneliness")).total()).isZero();
		assertThat(index.search(query("friendship")).total()).isEqualTo(1);
	}

	@Test
	void everySearchSeesTheChangesMadeBeforeItStarted() {
		index.replaceAll(Stream.of(article(1, "Loneliness", "connection", "a")));
		assertThat(index.search(query("loneliness")).total()).isEqualTo(1);

		index.index(article(2, "Loneliness at work", "connection", "a"));
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
			onDisk.replaceAll(Stream.of(article(1, "Loneliness", "connection", "a")));
			assertThat(syncs).as("a full build is committed").hasPositiveValue();
			syncs.set(0);

			onDisk.index(article(2, "Friendship", "connection", "a"));
			onDisk.remove(1);

			assertThat(onDisk.search(query("friendship")).total()).isEqualTo(1);
			assertThat(onDisk.search(query("loneliness")).total()).isZero();
			assertThat(syncs).as("one article's change is not forced to disk").hasValue(0);
		}
	}

	@Test
	void unusableQueriesFindNothingInsteadOfFailing() {
		index.replaceAll(Stream.of(article(1, "Panic", "panic", "panic")));

		for (String odd : List.of("", "*", "\"", "(", "AND", "OR NOT", "a:b:c", "\\", "x".repeat(5000))) {
			assertThat(index.search(query(odd))).isNotNull();
		}
		assertThat(index.search(query("PANIC AND (\"")).total()).isEqualTo(1);
	}

}
