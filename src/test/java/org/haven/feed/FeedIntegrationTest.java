package org.haven.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import org.haven.support.Http;
import org.haven.support.SiteIntegrationTest;
import org.haven.support.UnseenArticles;
import org.haven.article.ArticleCard;
import org.haven.article.Articles;
import org.haven.article.ContentImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SiteIntegrationTest
class FeedIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ContentImport contentImport;

	@Autowired
	Articles articles;

	@TempDir
	Path temp;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		UnseenArticles.importInto(contentImport, temp);
	}

	static Stream<String> feeds() {
		return Stream.of("/feed.xml", "/atom.xml", "/categories/anxiety/feed.xml", "/categories/anxiety/atom.xml",
				"/tags/panic/feed.xml", "/tags/panic/atom.xml", "/authors/sam-reyes/feed.xml",
				"/authors/sam-reyes/atom.xml");
	}

	@ParameterizedTest
	@MethodSource("feeds")
	void everyFeedParsesWithTheRequiredElements(String path) throws Exception {
		HttpResponse<String> response = http.get(path);

		assertThat(response.statusCode()).isEqualTo(200);
		boolean rss = path.endsWith("feed.xml");
		assertThat(response.headers().firstValue("Content-Type")).get()
			.asString()
			.isEqualToIgnoringWhitespace(
					rss ? "application/rss+xml;charset=UTF-8" : "application/atom+xml;charset=UTF-8");
		SyndFeed feed = parse(response.body());
		assertThat(feed.getFeedType()).isEqualTo(rss ? "rss_2.0" : "atom_1.0");
		assertThat(feed.getTitle()).isNotBlank();
		assertThat(feed.getLink()).startsWith("http://localhost:8080/");
		assertThat(feed.getPublishedDate()).isNotNull();
		if (rss) {
			assertThat(feed.getDescription()).isNotBlank();
			assertThat(response.body()).contains("<atom:link href=\"http://localhost:8080" + path + "\" rel=\"self\"");
			assertThat(response.body()).contains("<lastBuildDate>");
		}
		else {
			assertThat(feed.getUri()).isEqualTo("http://localhost:8080" + path);
			assertThat(feed.getLinks()).extracting(SyndLink::getRel, SyndLink::getHref)
				.contains(org.assertj.core.groups.Tuple.tuple("self", "http://localhost:8080" + path));
			assertThat(feed.getAuthors()).isNotEmpty();
		}
		assertThat(feed.getEntries()).isNotEmpty().allSatisfy(entry -> {
			assertThat(entry.getTitle()).isNotBlank();
			assertThat(entry.getUri()).matches("tag:localhost,\\d{4}-\\d{2}-\\d{2}:article-\\d+");
			assertThat(entry.getLink()).startsWith("http://localhost:8080/articles/");
			assertThat(entry.getPublishedDate()).isNotNull();
			assertThat(entry.getCategories()).isNotEmpty();
			assertThat(entry.getContents()).isNotEmpty();
			assertThat(entry.getContents().get(0).getValue()).doesNotContain("href=\"/", "src=\"/");
		});
		List<Instant> dates = feed.getEntries().stream().map(e -> e.getPublishedDate().toInstant()).toList();
		assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
		Instant newestUpdate = feed.getEntries()
			.stream()
			.map(e -> rss ? articleUpdated(e) : e.getUpdatedDate().toInstant())
			.max(Instant::compareTo)
			.orElseThrow();
		assertThat(feed.getPublishedDate().toInstant()).isEqualTo(newestUpdate);
	}

	@Test
	void theSiteFeedCarriesTheNewestPublishedArticlesAndNeverDraftsOrScheduledOnes() throws Exception {
		SyndFeed feed = parse(http.get("/feed.xml").body());

		List<String> expected = articles.latest(1, 20).items().stream().map(c -> c.url()).toList();
		assertThat(feed.getEntries()).extracting(e -> e.getLink().replace("http://localhost:8080", ""))
			.containsExactlyElementsOf(expected)
			.noneMatch(link -> link.contains(UnseenArticles.DRAFT) || link.contains(UnseenArticles.SCHEDULED));
		assertThat(http.get("/tags/panic/atom.xml").body()).doesNotContain("unseen");
		assertThat(http.get("/tags/" + UnseenArticles.TAG + "/feed.xml").statusCode()).isEqualTo(404);
	}

	@Test
	void itemsOfCrisisTopicArticlesSayWhereToFindHelpAndOthersDoNot() throws Exception {
		SyndFeed feed = parse(http.get("/atom.xml").body());

		SyndEntry crisis = feed.getEntries()
			.stream()
			.filter(e -> e.getLink().endsWith("/articles/when-thoughts-turn-dark"))
			.findFirst()
			.orElseThrow();
		assertThat(crisis.getContents().get(0).getValue()).contains("<p class=\"crisis-support\">",
				"Samaritans on 116 123", "href=\"http://localhost:8080/help\"");
		assertThat(crisis.getDescription().getValue()).contains("Samaritans on 116 123");
		assertThat(feed.getEntries()).filteredOn(e -> e.getLink().endsWith("/articles/first-therapy-session"))
			.singleElement()
			.satisfies(e -> assertThat(e.getContents().get(0).getValue()).doesNotContain("crisis-support"));
	}

	@Test
	void everyItemLinkAnswers() throws Exception {
		for (SyndEntry entry : parse(http.get("/atom.xml").body()).getEntries()) {
			assertThat(http.get(entry.getLink()).statusCode()).as(entry.getLink()).isEqualTo(200);
		}
	}

	@Test
	void answersNotModifiedToAMatchingETagOrDate() {
		for (int i = 0; i < 2; i++) { // the first answer is rendered, the second comes
										// from the page cache
			HttpResponse<String> first = http.get("/categories/anxiety/feed.xml");
			String etag = first.headers().firstValue("ETag").orElseThrow();
			String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

			assertThat(http.get("/categories/anxiety/feed.xml", "If-None-Match", etag).statusCode()).isEqualTo(304);
			assertThat(http.get("/categories/anxiety/feed.xml", "If-None-Match", "\"other\"").statusCode())
				.isEqualTo(200);
			assertThat(http
				.get("/categories/anxiety/feed.xml", "Cookie", "JSESSIONID=x", "If-Modified-Since", lastModified)
				.statusCode()).isEqualTo(304);
			assertThat(http.get("/categories/anxiety/feed.xml", "If-Modified-Since", lastModified).statusCode())
				.as("answered from the anonymous page cache")
				.isEqualTo(304);
		}
	}

	@Test
	void unknownCategoryTagOrAuthorIsNotFound() {
		assertThat(http.get("/tags/no-such-tag/feed.xml").statusCode()).isEqualTo(404);
		assertThat(http.get("/categories/no-such-category/atom.xml").statusCode()).isEqualTo(404);
		assertThat(http.get("/authors/nobody/feed.xml").statusCode()).isEqualTo(404);
	}

	@Test
	void pagesAdvertiseTheirFeeds() {
		String tagPage = http.get("/tags/panic").body();
		String home = http.get("/").body();

		assertThat(tagPage).contains("href=\"http://localhost:8080/tags/panic/feed.xml\"",
				"href=\"http://localhost:8080/tags/panic/atom.xml\"", "href=\"http://localhost:8080/feed.xml\"");
		assertThat(home).contains("type=\"application/rss+xml\"", "href=\"http://localhost:8080/atom.xml\"")
			.doesNotContain("/tags/panic/feed.xml");
	}

	private Instant articleUpdated(SyndEntry entry) {
		String slug = entry.getLink().substring(entry.getLink().lastIndexOf('/') + 1);
		ArticleCard card = articles.published(slug).orElseThrow().card();
		return card.updatedAt();
	}

	static SyndFeed parse(String xml) throws Exception {
		return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
	}

}
