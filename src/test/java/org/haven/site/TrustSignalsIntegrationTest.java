package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.support.HtmlChecker;
import org.haven.support.Http;
import org.haven.support.SiteIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What lets readers and search engines trust an article, on the sample content:
 * structured data (parsed as JSON), the reference list, breadcrumbs and disclaimers.
 */
@SiteIntegrationTest
class TrustSignalsIntegrationTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void anArticlesStructuredDataHoldsItsCitationsBreadcrumbsAndFaq() {
		JsonNode graph = jsonLd(Http.get(port, "/articles/first-therapy-session").body());

		assertThat(graph.isArray()).isTrue();
		JsonNode article = node(graph, "MedicalWebPage");
		assertThat(article.get("citation")).hasSize(4);
		JsonNode alliance = article.get("citation").get(2);
		assertThat(alliance.get("@type").asString()).isEqualTo("ScholarlyArticle");
		assertThat(alliance.get("name").asString())
			.isEqualTo("The alliance in adult psychotherapy: A meta-analytic synthesis");
		assertThat(alliance.get("author").get(0).get("name").asString()).isEqualTo("Flückiger, C.");
		assertThat(alliance.get("datePublished").asString()).isEqualTo("2018");
		assertThat(alliance.get("isPartOf").get("name").asString()).isEqualTo("Psychotherapy");
		assertThat(alliance.get("sameAs").asString()).isEqualTo("https://doi.org/10.1037/pst0000172");
		assertThat(article.get("citation").get(3).get("author").get(0).get("@type").asString())
			.as("an institution as author")
			.isEqualTo("Organization");

		JsonNode crumbs = node(graph, "BreadcrumbList").get("itemListElement");
		assertThat(crumbs).hasSize(3);
		assertThat(crumbs.get(0).get("item").asString()).isEqualTo("http://localhost:8080/");
		assertThat(crumbs.get(1).get("name").asString()).isEqualTo("Therapy");
		assertThat(crumbs.get(1).get("item").asString()).isEqualTo("http://localhost:8080/categories/therapy");
		assertThat(crumbs.get(2).get("position").asInt()).isEqualTo(3);
		assertThat(crumbs.get(2).get("item").asString())
			.isEqualTo("http://localhost:8080/articles/first-therapy-session");

		JsonNode faq = node(graph, "FAQPage").get("mainEntity");
		assertThat(faq.size()).isGreaterThanOrEqualTo(2);
		assertThat(faq.get(0).get("@type").asString()).isEqualTo("Question");
		assertThat(faq.get(0).get("acceptedAnswer").get("text").asString()).isNotBlank();
	}

	@Test
	void referencesAreANumberedListWithDoiLinksAndFootnotesStillWork() {
		String html = Http.get(port, "/articles/first-therapy-session").body();

		String list = between(html, "<ol class=\"reference-list\">", "</ol>");
		assertThat(list.split("<li ", -1)).hasSize(5);
		assertThat(list).contains("id=\"reference-1\"", "<cite>The generalizability of the psychoanalytic concept",
				"<i>Psychotherapy: Theory, Research &amp; Practice</i>",
				"<a class=\"doi\" href=\"https://doi.org/10.1037/pst0000172\">doi:10.1037/pst0000172</a>",
				"Flückiger, C., Del Re, A. C., Wampold, B. E., &amp; Horvath, A. O.");
		assertThat(html).as("the hand-written section is gone").doesNotContain("id=\"references\"");
		assertThat(html).as("the in-text footnote and its note").containsPattern("href=\"#fn-?1\"");
		assertThat(html).contains("Alliance research spans many therapy models");
		assertThat(HtmlChecker.errors(html)).isEmpty();
	}

	@Test
	void breadcrumbsLeadFromHomeThroughTheCategoryToTheArticle() {
		String html = Http.get(port, "/articles/first-therapy-session").body();

		String crumbs = between(html, "<nav class=\"breadcrumbs wrap\" aria-label=\"Breadcrumb\">", "</nav>");
		assertThat(crumbs).containsSubsequence("<a href=\"/\">Home</a>", "<a href=\"/categories/therapy\">Therapy</a>",
				"<a href=\"/articles/first-therapy-session\" aria-current=\"page\">");
	}

	@Test
	void aCategorysDisclaimerReplacesTheSitesDefaultUnderItsArticles() {
		String therapy = Http.get(port, "/articles/first-therapy-session").body();
		String depression = Http.get(port, "/articles/low-mood-or-depression").body();

		assertThat(between(therapy, "<p class=\"disclaimer\">", "</p>"))
			.isEqualTo("Our articles are for information and do not replace care from a qualified professional.");
		assertThat(between(depression, "<p class=\"disclaimer\">", "</p>"))
			.startsWith("These articles describe depression in general and cannot diagnose it.");
		assertThat(between(therapy, "<footer class=\"site-footer\">", "</footer>"))
			.as("no longer in every page's footer")
			.doesNotContain("do not replace care");
	}

	@Test
	void theLatestPostsLeaveOutTheArticleItself() {
		String html = Http.get(port, "/articles/when-thoughts-turn-dark").body();

		String latest = between(html, "<section class=\"latest-posts wrap\"", "</section>");
		assertThat(latest).contains("Latest posts").doesNotContain("href=\"/articles/when-thoughts-turn-dark\"");
		assertThat(latest.split("<li>", -1)).hasSize(ArticleController.LATEST + 1);
	}

	static JsonNode jsonLd(String html) {
		Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
			.matcher(html);
		assertThat(m.find()).as("a JSON-LD block").isTrue();
		return JSON.readTree(m.group(1));
	}

	static JsonNode node(JsonNode graph, String type) {
		for (JsonNode node : graph) {
			if (type.equals(node.get("@type").asString())) {
				return node;
			}
		}
		throw new AssertionError("no " + type + " in " + graph);
	}

	static String between(String html, String start, String end) {
		int from = html.indexOf(start);
		assertThat(from).as("%s in the page", start).isNotNegative();
		return html.substring(from + start.length(), html.indexOf(end, from + start.length()));
	}

}
