package org.haven.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.haven.support.Http;
import org.haven.support.SiteIntegrationTest;
import org.haven.article.Articles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SiteIntegrationTest
class SitemapIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	Articles articles;

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
