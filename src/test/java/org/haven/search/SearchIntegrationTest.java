package org.haven.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.haven.support.Http;
import org.haven.support.HtmlChecker;
import org.haven.support.RecordedSql;
import org.haven.support.SiteIntegrationTest;
import org.haven.support.UnseenArticles;
import org.haven.article.ArticleCard;
import org.haven.article.ArticleText;
import org.haven.article.ContentImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SiteIntegrationTest
class SearchIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	Search search;

	@Autowired
	ContentImport contentImport;

	@Autowired
	org.haven.article.Articles articles;

	@TempDir
	Path temp;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		UnseenArticles.importInto(contentImport, temp);
	}

	@Test
	void findsAWordWrittenWithEmphasisInsideItAndShowsItWithoutMarkup() throws Exception {
		Path content = temp.resolve("with-emphasis");
		UnseenArticles.importInto(contentImport, content);
		Files.writeString(content.resolve("articles/unhelpful-advice.md"), """
				---
				title: "Advice that does not help"
				date: 2026-01-07T08:00:00Z
				categories: [anxiety]
				---

				Well-meant advice can be *un*helpful when it skips the feeling.
				""");
		try {
			contentImport.importFrom(content);

			Search.Page page = search.search("unhelpful", null, null, 1);

			assertThat(page.hits()).extracting(h -> h.card().slug()).contains("unhelpful-advice");
			Search.Hit hit = page.hits()
				.stream()
				.filter(h -> h.card().slug().equals("unhelpful-advice"))
				.findFirst()
				.orElseThrow();
			assertThat(hit.snippetHtml()).contains("be <mark>unhelpful</mark> when").doesNotContain("*", "<em>");
		}
		finally {
			UnseenArticles.importInto(contentImport, temp.resolve("without-it"));
		}
	}

	@ParameterizedTest
	@CsvSource({ "panic attack, understanding-panic-attacks", "burnout, recognising-burnout",
			"attachment, attachment-styles-adults", "worrying, generalised-anxiety-worry",
			"grounding 5-4-3-2-1, grounding-techniques",
			"procrastinating perfectionists, perfectionism-and-procrastination" })
	void findsTheArticleAboutATopicFirst(String query, String slug) {
		Search.Page page = search.search(query, null, null, 1);

		assertThat(page.hits()).isNotEmpty();
		assertThat(page.hits().get(0).card().slug()).isEqualTo(slug);
		assertThat(page.hits()).extracting(h -> h.card().slug())
			.doesNotContain(UnseenArticles.DRAFT, UnseenArticles.SCHEDULED);
	}

	@Test
	void marksTheMatchesInAnEscapedSnippet() {
		Search.Page page = search.search("burnout", null, null, 1);

		String snippet = page.hits().get(0).snippetHtml();
		assertThat(snippet).containsIgnoringCase("<mark>burnout</mark>");
		assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
	}

	@Test
	void filtersByCategoryAndTag() {
		Search.Page anxiety = search.search("anxiety", "anxiety", null, 1);
		Search.Page tagged = search.search("anxiety", null, "breathing", 1);

		assertThat(anxiety.hits()).isNotEmpty()
			.allSatisfy(h -> assertThat(h.card().categorySlug()).isEqualTo("anxiety"));
		assertThat(tagged.hits()).isNotEmpty()
			.allSatisfy(h -> assertThat(h.card().tags()).anyMatch(t -> t.slug().equals("breathing")));
		assertThat(search.search("anxiety", null, null, 1).total()).isGreaterThan(anxiety.total());
	}

	@Test
	void paginatesTenAtATime() {
		Search.Page first = search.search("the", null, null, 1);
		Search.Page all = search.search("anxiety mood therapy work the", null, null, 1);
		Search.Page second = search.search("anxiety mood therapy work the", null, null, 2);

		assertThat(first.hits()).isEmpty(); // a stop word alone finds nothing
		assertThat(all.total()).isGreaterThan(10);
		assertThat(all.hits()).hasSize(10);
		assertThat(second.hits()).hasSize((int) all.total() - 10);
		assertThat(second.hits()).extracting(h -> h.card().slug())
			.doesNotContainAnyElementsOf(all.hits().stream().map(h -> h.card().slug()).toList());
		assertThat(all.totalPages()).isEqualTo(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\"*?:(", "AND", "panic AND", "title:panic)", "ángst 不安 паника",
			"~!@#$%^&*()[]{}", "\\" })
	void oddInputNeverFails(String query) {
		HttpResponse<String> response = http.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<meta name=\"robots\" content=\"noindex\">");
	}

	@Test
	void aVeryLongQueryIsCutNotRefused() {
		String query = "panic ".repeat(400);

		HttpResponse<String> response = http
			.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&page=abc");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("href=\"/articles/understanding-panic-attacks\"");
	}

	@Test
	void theSearchPageShowsHitsAndKeepsFiltersInPageLinks() {
		String body = http.get("/search?q=anxiety+mood+therapy+work&category=&tag=").body();

		assertThat(body).contains("value=\"anxiety mood therapy work\"", "<mark>",
				"href=\"/search?q=anxiety+mood+therapy+work&amp;page=2\"");
		assertThat(HtmlChecker.errors(body)).isEmpty();
		assertThat(http.get("/search?q=anxiety&category=nope").body()).contains("0 articles match", "Nothing matched");
	}

	@Test
	void aRunWithoutTheIndexLeavesItAsItWasForTheNextRunToBringUpToDate() throws Exception {
		try (LuceneSearchIndex index = new LuceneSearchIndex(new org.apache.lucene.store.ByteBuffersDirectory(), 200)) {
			index.recordState("an earlier run's articles");
			Search off = new Search(index, articles, new SearchProperties(null, 10, 200, false));

			off.onReady();
			off.recordStateOnStop();

			assertThat(index.state()).as("not claimed current").isEqualTo("an earlier run's articles");
			assertThat(index.search(new SearchQuery("anxiety", null, null, 1, 10)).total()).isZero();
		}
	}

	/**
	 * A start after a few changes (an article edited, one gone, one new since the index
	 * was last current) re-indexes those articles only, and ends up as a full build
	 * would.
	 */
	@Test
	void aStartAfterAFewChangesReIndexesOnlyTheArticlesThatChanged() throws Exception {
		try (LuceneSearchIndex index = new LuceneSearchIndex(new org.apache.lucene.store.ByteBuffersDirectory(), 200)) {
			Search earlier = new Search(index, articles, new SearchProperties(null, 10, 200, true));
			earlier.onReady();
			earlier.recordStateOnStop();
			Map<Long, Long> visible = articles.publishedVersionsById();
			ArticleText edited = articles
				.publishedTexts(List.of(articles.published("understanding-panic-attacks").orElseThrow().card().id()))
				.get(0);
			long missing = articles.published("recognising-burnout").orElseThrow().card().id();
			// as the index was before: the panic article at an older version with other
			// words, the burnout article not yet in it, and one that has since gone
			index.index(new ArticleText(edited.card(), "zyzzogeton", edited.version() - 1));
			index.remove(missing);
			Instant at = Instant.parse("2026-01-01T08:00:00Z");
			index.index(new ArticleText(new ArticleCard(987_654_321L, "gone-since", "Gone since", "Gone", "anxiety",
					"Anxiety", null, at, at, 2, List.of(), false, null, List.of()), "quokka", 1));
			index.recordState("an earlier state" + index.state().substring(index.state().indexOf(" words ")));

			Search later = new Search(index, articles, new SearchProperties(null, 10, 200, true));
			List<String> sql = RecordedSql.during(later::onReady);

			// one read of two bodies (the edited and the missing article), not of all of
			// them
			assertThat(RecordedSql.readingBodies(sql)).singleElement()
				.satisfies(statement -> assertThat(statement.chars().filter(c -> c == '?').count()).isEqualTo(2));
			assertThat(visible).hasSizeGreaterThan(10);
			assertThat(index.versions()).isEqualTo(visible);
			assertThat(index.search(new SearchQuery("zyzzogeton quokka", null, null, 1, 10)).total()).isZero();
			assertThat(index.search(new SearchQuery("burnout", null, null, 1, 10)).total()).isPositive()
				.isEqualTo(search.search("burnout", null, null, 1).total());
		}
	}

	@Test
	void aFullReIndexReadsEachBodysPlainTextButNeverItsMarkdownOrHtml() throws Exception {
		try (LuceneSearchIndex index = new LuceneSearchIndex(new org.apache.lucene.store.ByteBuffersDirectory(), 200)) {
			Search rebuilt = new Search(index, articles, new SearchProperties(null, 10, 200, true));

			List<String> sql = RecordedSql.during(rebuilt::onReady);

			assertThat(RecordedSql.readingBodies(sql)).isNotEmpty()
				.allSatisfy(statement -> assertThat(statement.toLowerCase(Locale.ROOT)).contains("body_text")
					.doesNotContain("body_html", "body_markdown"));
			assertThat(index.search(new SearchQuery("anxiety", null, null, 1, 10)).total()).isPositive()
				.isEqualTo(search.search("anxiety", null, null, 1).total());
		}
	}

}
