package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.haven.article.ContentImport;
import org.haven.support.Http;
import org.haven.support.SiteIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Addresses of a site's previous life (Hugo permalinks, WordPress permalinks, archives,
 * feeds and uploads) answer with a permanent redirect to where the content lives now,
 * whatever the client accepts; anything else is still not found.
 */
@SiteIntegrationTest
class OldAddressesIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ContentImport contentImport;

	@BeforeEach
	void importContent() {
		contentImport.importAll();
	}

	@ParameterizedTest
	@CsvSource({ "/posts/behavioural-activation/, /articles/behavioural-activation",
			"/post/behavioural-activation, /articles/behavioural-activation",
			"/2019/03/11/behavioural-activation/, /articles/behavioural-activation",
			"/2019/03/behavioural-activation/, /articles/behavioural-activation",
			"/behavioural-activation/, /articles/behavioural-activation",
			"/behavioural-activation, /articles/behavioural-activation",
			"/category/depression/, /categories/depression", "/category/parent/depression/, /categories/depression",
			"/tag/low-mood/, /tags/low-mood", "/author/priya-nandakumar/, /authors/priya-nandakumar",
			"/feed/, /feed.xml", "/feed/atom/, /atom.xml",
			"/category/depression/feed/, /categories/depression/feed.xml",
			"/tag/low-mood/feed/atom/, /tags/low-mood/atom.xml",
			"/author/priya-nandakumar/feed/, /authors/priya-nandakumar/feed.xml", "/about-us/privacy/, /privacy",
			"/privacy-policy/, /privacy", "/?page_id=3, /privacy", "/?p=3, /privacy", "/index.php?p=3, /privacy",
			"/?feed=rss2, /feed.xml", "/?feed=atom, /atom.xml", "/?feed=comments-rss2, /comments/feed.xml",
			"/?tag=low-mood, /tags/low-mood", "/?feed=rss2&tag=low-mood, /tags/low-mood/feed.xml",
			"/?category_name=depression, /categories/depression",
			"/?category_name=parent/depression&feed=atom, /categories/depression/atom.xml",
			"/?author_name=priya-nandakumar, /authors/priya-nandakumar", "/?s=sleep%20well, /search?q=sleep+well",
			"/?m=201903, /archive/2019/03", "/?m=20190311, /archive/2019/03",
			// the sample site's content/redirects.yaml, the second through an old address
			// of its own
			"/start-here/, /articles/cbt-explained", "/?cat=7, /categories/depression",
			"/?feed=rss2&cat=7, /categories/depression/feed.xml" })
	void redirectsPermanently(String old, String now) {
		HttpResponse<String> response = new Http(port).get(old);

		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith(now);
		// a redirect is a response like any other: the same security headers
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.headers().firstValue("Content-Security-Policy")).get()
			.asString()
			.contains("default-src 'self'");
		assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
	}

	@Test
	void aPostsCommentFeedAndTheHomePageWithItsOwnParametersStayWhereTheyAre() {
		Http http = new Http(port);

		assertThat(http.get("/?p=3&feed=rss2").statusCode()).as("a page has no comment feed").isEqualTo(404);
		assertThat(http.get("/?page=2").statusCode()).isEqualTo(200);
		assertThat(http.get("/?utm_source=newsletter").statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@CsvSource({ "*/*", "application/rss+xml, application/xml;q=0.9", "application/json" })
	void redirectsWhateverTheClientAccepts(String accept) {
		HttpResponse<String> moved = new Http(port).get("/2019/03/11/behavioural-activation/", "Accept", accept);
		HttpResponse<String> feed = new Http(port).get("/category/depression/feed/", "Accept", accept);

		assertThat(moved.statusCode()).isEqualTo(301);
		assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith("/articles/behavioural-activation");
		assertThat(feed.statusCode()).isEqualTo(301);
		assertThat(feed.headers().firstValue("Location").orElseThrow()).endsWith("/categories/depression/feed.xml");
	}

	@Test
	void aFileAnotherSiteServedFromItsRootIsFoundUnderMedia() throws IOException {
		withMediaFile("old-static-test/calm sea.jpg", () -> {
			Http http = new Http(port);

			HttpResponse<String> moved = http.get("/old-static-test/calm%20sea.jpg");
			assertThat(moved.statusCode()).isEqualTo(301);
			assertThat(moved.headers().firstValue("Location").orElseThrow())
				.endsWith("/media/old-static-test/calm%20sea.jpg");
			assertThat(http.get("/old-static-test/no-such.jpg").statusCode()).isEqualTo(404);
			assertThat(http.get("/old-static-test/..%2F..%2Fpom.xml").statusCode()).isIn(400, 404);
		});
	}

	@Test
	void anUploadTheImportCopiedIsFoundAtItsOldAddressInAnyOfWordPresssSizes() throws IOException {
		withMediaFile("wordpress/old-addresses-test/harbour.jpg", () -> {
			for (String old : new String[] { "/wp-content/uploads/old-addresses-test/harbour.jpg",
					"/wp-content/uploads/old-addresses-test/harbour-300x188.jpg",
					"/wp-content/uploads/old-addresses-test/harbour-scaled.jpg" }) {
				HttpResponse<String> response = new Http(port).get(old, "Accept", "image/avif,image/webp,*/*");
				assertThat(response.statusCode()).as(old).isEqualTo(301);
				assertThat(response.headers().firstValue("Location").orElseThrow()).as(old)
					.endsWith("/media/wordpress/old-addresses-test/harbour.jpg");
			}
			assertThat(new Http(port).get("/wp-content/uploads/old-addresses-test/other.jpg").statusCode())
				.isEqualTo(404);
			assertThat(new Http(port).get("/wp-content/uploads/%2e%2e/%2e%2e/%2e%2e/pom.xml").statusCode())
				.isBetween(400, 404);
		});
	}

	/**
	 * Runs {@code checks} with a small file at {@code relative} under the sample site's
	 * {@code content/media/}, then removes it and the folders it left empty.
	 */
	private static void withMediaFile(String relative, Runnable checks) throws IOException {
		Path media = Path.of("content/media");
		Path file = media.resolve(relative);
		Files.createDirectories(file.getParent());
		try {
			Files.write(file, new byte[] { 1, 2, 3 });
			checks.run();
		}
		finally {
			Files.deleteIfExists(file);
			for (Path empty = file.getParent(); !empty.equals(media); empty = empty.getParent()) {
				try (var left = Files.list(empty)) {
					if (left.findAny().isPresent()) {
						break;
					}
				}
				Files.delete(empty);
			}
		}
	}

	@ParameterizedTest
	@CsvSource({ "/posts/no-such-article/", "/category/no-such-category/", "/media/no-such.jpg",
			"/category/no-such-category/feed/", "/?p=999999", "/?page_id=999999", "/?tag=no-such-tag",
			"/?tag=../../admin", "/?m=soon" })
	void somethingThatNeverExistedIsStillNotFound(String path) {
		assertThat(new Http(port).get(path).statusCode()).isEqualTo(404);
	}

}
