package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.support.HtmlChecker;
import org.haven.support.Http;
import org.haven.support.SiteIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Every reader page kind, fetched over HTTP from the running site with the sample
 * content.
 */
@SiteIntegrationTest
class ReaderPagesIntegrationTest {

	static final List<String> EVERY_PAGE_KIND = List.of("/", "/?page=2", "/articles/first-therapy-session",
			"/articles/when-thoughts-turn-dark", "/categories", "/categories/anxiety", "/tags", "/tags/cbt",
			"/authors/maya-okafor", "/archive", "/archive/2026/02", "/about", "/privacy", "/disclaimer");

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/?page=2", "/articles/first-therapy-session", "/articles/when-thoughts-turn-dark",
			"/categories", "/categories/anxiety", "/tags", "/tags/cbt", "/authors/maya-okafor", "/archive",
			"/archive/2026/02", "/about", "/privacy", "/disclaimer", "/search", "/search?q=panic+attack",
			"/no-such-page", "/articles/no-such-article" })
	void everyPageIsValidHtmlWithTheHeadReadersAndSearchEnginesNeed(String path) {
		HttpResponse<String> response = Http.get(port, path);
		String html = response.body();

		assertThat(HtmlChecker.errors(html)).as("Nu HTML checker errors on %s", path).isEmpty();
		assertThat(count(html, "<h1")).as("one h1 on %s", path).isEqualTo(1);
		assertThat(html).contains("<html lang=\"en-GB\"", "<title>", "<meta name=\"description\"",
				"<link rel=\"canonical\" href=\"http://localhost:8080", "property=\"og:title\"",
				"<script type=\"application/ld+json\">", "href=\"#main\"", "id=\"main\"");
		assertThat(html).contains("Samaritans", "href=\"tel:116123\"");
	}

	@Test
	void theArticlePageShowsWhatAReaderNeedsToTrustIt() {
		String html = Http.get(port, "/articles/first-therapy-session").body();

		assertThat(html).contains("What Happens in Your First Therapy Session", "Dr Maya Okafor", "DClinPsy",
				"min read", "Sam Reyes", "href=\"/categories/therapy\"", "href=\"/tags/psychotherapy\"",
				"aria-label=\"Contents\"", "Frequently asked questions", "References");
		assertThat(jsonLd(html)).contains("\"@type\":\"MedicalWebPage\"", "\"lastReviewed\":",
				"\"reviewedBy\":{\"@type\":\"Person\",\"name\":\"Sam Reyes\"");
	}

	@Test
	void anUnreviewedArticleIsAPlainArticleInStructuredData() {
		String html = Http.get(port, "/articles/finding-a-therapist").body();

		assertThat(jsonLd(html)).contains("\"@type\":\"Article\"").doesNotContain("reviewedBy");
	}

	@Test
	void aContentWarningComesBeforeTheBody() {
		String html = Http.get(port, "/articles/when-thoughts-turn-dark").body();

		int warning = html.indexOf("This article discusses suicidal thoughts.");
		int body = html.indexOf("class=\"prose\"");
		assertThat(warning).isPositive().isLessThan(body);
	}

	@Test
	void missingPagesAreAThemed404WithTheRealStatus() {
		HttpResponse<String> response = Http.get(port, "/articles/no-such-article");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<main", "href=\"/\"").doesNotContain("Exception", "Whitelabel");
	}

	@Test
	void failuresAreAThemed500PageWithoutDetails(@Autowired ThemedErrorPages errorPages,
			@Autowired SpringTemplateEngine templates) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/articles/broken");
		ModelAndView view = errorPages.resolveErrorView(request, HttpStatus.INTERNAL_SERVER_ERROR, Map.of());

		assertThat(view.getViewName()).isEqualTo("error/500");
		assertThat(view.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		var exchange = JakartaServletWebApplication.buildApplication(new MockServletContext())
			.buildExchange(request, new MockHttpServletResponse());
		String html = templates.process("error/500", new WebContext(exchange, Locale.UK, view.getModel()));
		assertThat(HtmlChecker.errors(html)).isEmpty();
		assertThat(html).contains("<h1", "href=\"tel:116123\"", "noindex");
	}

	@Test
	void malformedParametersAreAClientErrorNotAFailure() {
		HttpResponse<String> response = Http.get(port, "/categories/anxiety?page=abc");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<main").doesNotContain("Exception");
	}

	@Test
	void unknownCategoriesTagsAuthorsAndPagesAre404() {
		for (String path : List.of("/categories/nope", "/tags/nope", "/authors/nope", "/nope", "/archive/1999/01",
				"/archive/2026/13", "/?page=99", "/categories/anxiety?page=0")) {
			assertThat(Http.get(port, path).statusCode()).as(path).isEqualTo(404);
		}
	}

	@Test
	void listsArePaginatedNewestFirst() {
		String first = Http.get(port, "/").body();
		String second = Http.get(port, "/?page=2").body();

		assertThat(first).contains("href=\"/?page=2\"");
		assertThat(second).contains("href=\"/\"", "href=\"/articles/finding-a-therapist\"");
		assertThat(cardLinks(second)).contains("/articles/finding-a-therapist");
	}

	@Test
	void theTagCloudWeighsTagsByUse() {
		String html = Http.get(port, "/tags").body();

		assertThat(html).containsPattern("class=\"[^\"]*weight-5[^\"]*\"").containsPattern("weight-1");
	}

	static int count(String text, String needle) {
		int n = 0;
		for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
			n++;
		}
		return n;
	}

	static String jsonLd(String html) {
		Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
			.matcher(html);
		return m.find() ? m.group(1) : "";
	}

	static List<String> cardLinks(String html) {
		Matcher m = Pattern.compile("href=\"(/articles/[a-z0-9-]+)\"").matcher(html);
		return m.results().map(r -> r.group(1)).distinct().toList();
	}

}
