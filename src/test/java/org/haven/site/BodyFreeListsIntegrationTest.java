package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.haven.article.Articles;
import org.haven.article.SiteContentChanged;
import org.haven.support.Http;
import org.haven.support.RecordedSql;
import org.haven.support.SiteIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Lists read cards, never bodies: at 100,000 articles a list query that selects or sorts
 * bodies runs the database out of memory. Checked on the SQL each list page sends when it
 * renders cold (a query string of its own keeps the page cache out of the way, and an
 * announced vocabulary change makes the kept cards and lookups be read again). Warm, a
 * list page reads no article at all.
 */
@SiteIntegrationTest
class BodyFreeListsIntegrationTest {

	/** A read of cards by id: the columns a card shows, for the ids a list found. */
	static final Pattern CARDS = Pattern
		.compile("(?is)select .*a1_0\\.title.* from article a1_0 where a1_0\\.id in\\b.*");

	@LocalServerPort
	int port;

	@Autowired
	Articles articles;

	@Autowired
	ApplicationEventPublisher events;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/categories/anxiety", "/tags/cbt", "/authors/maya-okafor", "/archive/2026/02",
			"/archive", "/categories", "/tags", "/search?q=panic+attack" })
	void listPagesNeverReadABody(String path) {
		String uncached = path + (path.contains("?") ? "&" : "?") + "fresh=" + UUID.randomUUID();
		forgetWhatIsKept();
		List<String> sql = RecordedSql.during(() -> {
			HttpResponse<String> response = Http.get(port, uncached);
			assertThat(response.statusCode()).isEqualTo(200);
		});

		assertThat(sql).as("SQL sent for %s", path).isNotEmpty();
		assertThat(RecordedSql.readingBodies(sql)).as("statements reading bodies for %s", path).isEmpty();
	}

	/**
	 * The counts on every page (categories, tags, months, list totals) are kept as
	 * articles change, so a render never counts or groups articles.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/", "/articles/first-therapy-session", "/categories/anxiety", "/tags/cbt",
			"/authors/maya-okafor", "/archive/2026/02", "/archive", "/categories", "/tags", "/search?q=panic+attack",
			"/categories/anxiety?page=1", "/tags/cbt?page=1" })
	void noPageCountsArticlesWhileItRenders(String path) {
		String uncached = path + (path.contains("?") ? "&" : "?") + "fresh=" + UUID.randomUUID();
		forgetWhatIsKept();
		List<String> sql = RecordedSql.during(() -> {
			HttpResponse<String> response = Http.get(port, uncached);
			assertThat(response.statusCode()).isEqualTo(200);
		});

		assertThat(sql).as("SQL sent for %s", path).isNotEmpty();
		assertThat(RecordedSql.countingArticles(sql)).as("statements counting articles for %s", path).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/categories/anxiety", "/tags/cbt", "/authors/maya-okafor", "/archive/2026/02" })
	void aWarmListPageReadsNoCardsAgain(String path) {
		List<String> sql = secondRender(path);

		assertThat(sql).as("statements reading cards, tags or notes for %s", path)
			.noneMatch(statement -> CARDS.matcher(statement).matches()
					|| statement.matches("(?is).*\\bfrom article_(tag|content_note|category)\\b.*"));
	}

	@Test
	void aWarmArticlePageReadsItsOwnArticleButNoOtherCards() {
		List<String> sql = secondRender("/articles/first-therapy-session");

		assertThat(sql).as("the article's own row, with its body in the same statement")
			.filteredOn(statement -> statement.contains("a1_0.slug=?"))
			.singleElement()
			.satisfies(statement -> assertThat(RecordedSql.readingBodies(List.of(statement))).isNotEmpty());
		assertThat(sql).as("statements reading an article's body")
			.filteredOn(statement -> statement.contains("article_body"))
			.hasSize(1);
		assertThat(sql).as("cards of the latest posts and neighbours")
			.noneMatch(statement -> CARDS.matcher(statement).matches());
		assertThat(sql).as("its own card's tags and notes, kept since the first render")
			.noneMatch(statement -> statement.matches("(?is).*\\bfrom article_(tag|content_note)\\b.*"));
	}

	private List<String> secondRender(String path) {
		assertThat(Http.get(port, path + "?fresh=" + UUID.randomUUID()).statusCode()).isEqualTo(200);
		String second = path + "?fresh=" + UUID.randomUUID();
		return RecordedSql.during(() -> assertThat(Http.get(port, second).statusCode()).isEqualTo(200));
	}

	private void forgetWhatIsKept() {
		events.publishEvent(new SiteContentChanged("a cold render", true));
	}

	@Test
	void theRecorderSeesACount() {
		assertThat(RecordedSql.countingArticles(List
			.of("select t1_0.slug,count(a1_0.id) from article a1_0 join article_tag t1_0 on a1_0.id=t1_0.article_id group by t1_0.slug")))
			.hasSize(1);
	}

	@Test
	void everyPublishedCardIsReadWithoutABody() {
		List<String> sql = RecordedSql.during(() -> assertThat(articles.allPublished()).isNotEmpty());

		assertThat(RecordedSql.readingBodies(sql)).isEmpty();
	}

	@Test
	void theArticlePageReadsItsOwnBody() {
		List<String> sql = RecordedSql.during(() -> assertThat(
				Http.get(port, "/articles/first-therapy-session?fresh=" + UUID.randomUUID()).statusCode())
			.isEqualTo(200));

		assertThat(RecordedSql.readingBodies(sql)).as("the recorder sees body reads").isNotEmpty();
	}

}
