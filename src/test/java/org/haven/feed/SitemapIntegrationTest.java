package org.haven.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.haven.support.Http;
import org.haven.support.SiteIntegrationTest;
import org.haven.article.ArticleCard;
import org.haven.article.Articles;
import org.haven.config.SiteProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.test.web.server.LocalServerPort;

@SiteIntegrationTest
class SitemapIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	Articles articles;

	@Autowired
	SiteProperties site;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void listsEveryPublicPageWithItsLastChange() {
		HttpResponse<String> response = http.get("/sitemap.xml");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).get()
			.asString()
			.isEqualToIgnoringWhitespace("application/xml;charset=UTF-8");
		String xml = response.body();
		assertThat(xml).contains("<loc>http://localhost:8080/</loc>", "<loc>http://localhost:8080/about</loc>",
				"<loc>http://localhost:8080/categories/anxiety</loc>", "<loc>http://localhost:8080/tags/panic</loc>",
				"<loc>http://localhost:8080/authors/sam-reyes</loc>",
				"<loc>http://localhost:8080/articles/understanding-panic-attacks</loc><lastmod>2026-07-03T14:00:00Z</lastmod>")
			.doesNotContain("unseen");
		articles.allPublished().forEach(card -> assertThat(xml).contains("http://localhost:8080" + card.url() + "<"));
		assertThat(http.get("/sitemap-1.xml").statusCode()).isEqualTo(404);
	}

	/**
	 * With more addresses than a file holds (five here, 2,000 by default), the sitemap is
	 * an index of parts. The oldest articles come first, so a new article changes only
	 * the last part.
	 */
	@Test
	void aLargeSitemapIsAnIndexOfPartsWithTheOldestArticlesFirst() {
		FeedProperties five = new FeedProperties(20, new FeedProperties.ContentModes(FeedProperties.Content.FULL,
				FeedProperties.Content.FULL, FeedProperties.Content.FULL, FeedProperties.Content.FULL), 5,
				DataSize.ofMegabytes(16));
		Sitemaps sitemaps = new Sitemaps(articles, site, new PreparedDocuments(five), five);
		int total = sitemaps.urls().size();
		int parts = (total + 4) / 5;

		String index = new String(sitemaps.sitemap().body(), StandardCharsets.UTF_8);
		assertThat(index).contains("<sitemapindex", "<loc>http://localhost:8080/sitemap-1.xml</loc>",
				"<loc>http://localhost:8080/sitemap-" + parts + ".xml</loc>");
		StringBuilder all = new StringBuilder();
		for (int n = 1; n <= parts; n++) {
			all.append(new String(sitemaps.part(n).orElseThrow().body(), StandardCharsets.UTF_8));
		}
		assertThat(sitemaps.part(parts + 1)).isEmpty();
		List<String> oldestFirst = articles.allPublished()
			.stream()
			.sorted(Comparator.comparing(ArticleCard::publishedAt)
				.thenComparing(ArticleCard::slug, Comparator.reverseOrder()))
			.map(card -> "<loc>http://localhost:8080" + card.url() + "</loc>")
			.toList();
		String first = new String(sitemaps.part(1).orElseThrow().body(), StandardCharsets.UTF_8);
		assertThat(first).contains(oldestFirst.subList(0, 5).toArray(String[]::new))
			.doesNotContain(oldestFirst.get(5), "<loc>http://localhost:8080/</loc>");
		assertThat(all.toString().split("<url>", -1)).as("every address once, in some part").hasSize(total + 1);
	}

	@Test
	void robotsNamesTheSitemapAndKeepsCrawlersOutOfAdminAndApi() {
		HttpResponse<String> response = http.get("/robots.txt");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).get()
			.asString()
			.isEqualToIgnoringWhitespace("text/plain;charset=UTF-8");
		assertThat(response.body()).contains("User-agent: *", "Disallow: /admin\n", "Disallow: /api/\n",
				"Sitemap: http://localhost:8080/sitemap.xml");
	}

}
