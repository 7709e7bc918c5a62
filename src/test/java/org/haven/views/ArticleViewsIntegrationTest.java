package org.haven.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.haven.article.ArticleEditing;
import org.haven.article.EditableArticle;
import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.HtmlChecker;
import org.haven.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Article views as readers make them, over HTTP through the page cache, and as editors
 * see them. The scheduled flush is an hour apart in these tests, so each test flushes
 * when it means to.
 */
@EditorIntegrationTest
class ArticleViewsIntegrationTest {

	static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36";

	static final RequestPostProcessor EDITOR = user("editor@haven.test").roles("EDITOR", "AUTHOR");

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditing editing;

	@Autowired
	ViewFlusher flusher;

	@Autowired
	ViewCounter counter;

	@Autowired
	Views views;

	@Autowired
	MockMvc mvc;

	EditableArticle article;

	String path;

	@BeforeEach
	void publishAnArticle() {
		String slug = Drafts.uniqueSlug("views");
		EditableArticle draft = editing.create(Drafts.publishable(slug), "editor@haven.test");
		article = editing.publish(draft.id(), draft.version(), draft.draft(), null, "editor@haven.test");
		path = "/articles/" + slug;
		flusher.flush();
	}

	/**
	 * Waits until {@code expected} views are counted, in memory or stored: the filter
	 * counts once the response is sent, so a client can have the page a moment before.
	 */
	void awaitCounted(long expected) throws InterruptedException {
		String slug = path.substring("/articles/".length());
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
		while (counter.pending(slug) + views.total(article.id()) < expected) {
			assertThat(System.nanoTime()).as("%d views counted within 5 s", expected).isLessThan(deadline);
			Thread.sleep(5);
		}
	}

	@Test
	void everyReadersViewIsCountedIncludingPagesServedFromTheCacheAndRevalidations() throws InterruptedException {
		HttpResponse<String> rendered = Http.get(port, path, "User-Agent", BROWSER);
		HttpResponse<String> cached = Http.get(port, path, "User-Agent", BROWSER);
		String etag = cached.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> revalidated = Http.get(port, path, "User-Agent", BROWSER, "If-None-Match", etag);

		assertThat(rendered.statusCode()).isEqualTo(200);
		assertThat(rendered.headers().firstValue("ETag")).contains(etag);
		assertThat(revalidated.statusCode()).isEqualTo(304);
		awaitCounted(3);
		flusher.flush();
		assertThat(views.total(article.id())).isEqualTo(3);
		assertThat(views.daily(article.id(), 90).days()).last().isEqualTo(new DailyViews.Day(TODAY, 3));
	}

	@Test
	void crawlersToolsAndPrefetchesAreNotViews() throws InterruptedException {
		Http.get(port, path, "User-Agent", BROWSER);
		Http.get(port, path, "User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
		Http.get(port, path, "User-Agent", "curl/8.5.0");
		Http.get(port, path, "User-Agent", BROWSER, "Sec-Purpose", "prefetch");
		Http.get(port, path, "User-Agent", BROWSER, "Sec-Purpose", "prefetch;prerender");
		Http.get(port, path, "User-Agent", BROWSER, "Purpose", "prefetch");
		Http.get(port, path);

		awaitCounted(1);
		flusher.flush();
		assertThat(views.total(article.id())).isEqualTo(1);
	}

	@Test
	void viewsReachTheDatabaseWhenFlushedAndOnShutdown() throws InterruptedException {
		Http.get(port, path, "User-Agent", BROWSER);
		awaitCounted(1);
		assertThat(views.total(article.id())).as("still in memory").isZero();

		flusher.flush();
		assertThat(views.total(article.id())).as("after a flush").isEqualTo(1);
		Http.get(port, path, "User-Agent", BROWSER);
		awaitCounted(2);
		flusher.destroy();
		assertThat(views.total(article.id())).isEqualTo(2);
	}

	@Test
	void anAddressSpeltWithEscapesCountsForTheArticleItNames() throws InterruptedException {
		String slug = path.substring("/articles/".length());
		HttpResponse<String> first = Http.get(port, "/articles/%76" + slug.substring(1), "User-Agent", BROWSER);
		HttpResponse<String> second = Http.get(port, "/articles/v%69" + slug.substring(2), "User-Agent", BROWSER);

		assertThat(slug).startsWith("vi");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(second.statusCode()).isEqualTo(200);
		awaitCounted(2);
		assertThat(flusher.flush()).as("both stored under the article's slug").isEqualTo(2);
		assertThat(views.total(article.id())).isEqualTo(2);
	}

	@Test
	void pagesThatAreNotAnArticleAreNotCounted() {
		Http.get(port, path + "/comments/feed.xml", "User-Agent", BROWSER);
		Http.get(port, "/articles/no-such-article", "User-Agent", BROWSER);

		assertThat(flusher.flush()).isZero();
	}

	@Test
	void editorsSeeAnArticlesViewsPerDayAsAChartWithATable() throws Exception {
		for (int i = 0; i < 4; i++) {
			Http.get(port, path, "User-Agent", BROWSER);
		}
		awaitCounted(4);
		flusher.flush();

		String html = mvc.perform(get("/admin/articles/" + article.id() + "/views").with(EDITOR))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(HtmlChecker.errors(html)).isEmpty();
		assertThat(html).contains("<svg role=\"img\"", "aria-labelledby=\"article-views-caption\"",
				"<title>2026-11-23: 4</title>", "<strong>4</strong>");
		assertThat(html)
			.containsPattern("<th scope=\"row\"><time datetime=\"2026-11-23\">2026-11-23</time></th>\\s*<td>4</td>");
		assertThat(html.split("<th scope=\"row\">", -1)).hasSize(91);
	}

	@Test
	void theDashboardShowsEveryArticlesViewsAndTheMostReadOfTheWeekAndMonth() throws Exception {
		for (int i = 0; i < 3; i++) {
			Http.get(port, path, "User-Agent", BROWSER);
		}
		awaitCounted(3);
		flusher.flush();

		String html = mvc.perform(get("/admin").with(EDITOR)).andReturn().getResponse().getContentAsString();

		assertThat(HtmlChecker.errors(html)).isEmpty();
		assertThat(html).contains("id=\"site-views-caption\"", "Most read, last 7 days", "Most read, last 30 days");
		String top = "<a href=\"/admin/articles/" + article.id() + "/views\">" + article.draft().title() + "</a>";
		assertThat(html.indexOf(top)).as("in the week's list").isPositive();
		assertThat(html.indexOf(top, html.indexOf(top) + 1)).as("and the month's").isPositive();
	}

}
