package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.haven.article.ArticleCard;
import org.haven.article.ArticleEvent.ArticleUpdated;
import org.haven.article.Articles;
import org.haven.article.SiteContentChanged;
import org.haven.related.RelatedArticles;
import org.haven.support.Http;
import org.haven.support.SiteIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Anonymous readers get prepared bytes with the same headers as the full path; publishing
 * drops them.
 */
@SiteIntegrationTest
class AnonymousPageCacheIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	AnonymousPageCache cache;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Articles articles;

	@Autowired
	RelatedArticles related;

	@Test
	void aRepeatedPageIsServedWithTheSameBodyEtagAndSecurityHeaders() {
		HttpResponse<String> first = Http.get(port, "/categories/anxiety");
		HttpResponse<String> second = Http.get(port, "/categories/anxiety");

		assertThat(second.body()).isEqualTo(first.body());
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(second.headers().firstValue("ETag")).contains(etag);
		for (HttpResponse<String> response : List.of(first, second)) {
			assertThat(response.headers().firstValue("Content-Security-Policy")).get()
				.asString()
				.contains("default-src 'self'");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
			assertThat(response.headers().firstValue("Cache-Control")).contains(AnonymousPageCache.CACHE_CONTROL);
			assertThat(response.headers().firstValue("Content-Type")).contains("text/html;charset=UTF-8");
		}
	}

	@Test
	void aPreparedAnswerCarriesTheServletPathsHeadersHandedToTheConnectorAsBytes() {
		HttpResponse<String> prepared = preparedAnswer("/categories");
		// a request with a validator takes the servlet API; one that does not match gets
		// the page
		HttpResponse<String> servletPath = Http.get(port, "/categories", "If-None-Match", "\"other\"");
		HttpResponse<String> zipped = preparedAnswer("/categories", "Accept-Encoding", "gzip");

		assertThat(servletPath.statusCode()).isEqualTo(200);
		assertThat(prepared.body()).isEqualTo(servletPath.body());
		assertThat(withoutDate(prepared)).isEqualTo(withoutDate(servletPath));
		assertThat(prepared.headers().firstValue("Date")).isPresent();
		assertThat(prepared.headers().firstValue("Content-Language")).isPresent();
		assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(zipped.headers().firstValue("ETag")).get()
			.isNotEqualTo(prepared.headers().firstValue("ETag").orElseThrow());
	}

	@Test
	void aMatchingValidatorIsAnsweredNotModifiedByTheServletPath() {
		String etag = preparedAnswer("/categories").headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> revalidated = Http.get(port, "/categories", "If-None-Match", etag);

		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
	}

	/**
	 * An answer from prepared bytes with its headers as bytes; the first requests may
	 * render while changes made at start-up or by other tests still drop pages.
	 */
	private HttpResponse<String> preparedAnswer(String path, String... headers) {
		for (int attempt = 0; attempt < 20; attempt++) {
			long before = cache.answersWithPreparedHeaders();
			HttpResponse<String> response = Http.get(port, path, headers);
			if (cache.answersWithPreparedHeaders() > before) {
				return response;
			}
		}
		throw new AssertionError(path + " was never answered from prepared bytes with its headers as bytes");
	}

	private static Map<String, List<String>> withoutDate(HttpResponse<String> response) {
		Map<String, List<String>> headers = new TreeMap<>();
		response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
		headers.remove("date");
		return headers;
	}

	@Test
	void aLargeFeedIsHandedToTheConnectorAsAFileAndArrivesByteForByte() {
		HttpResponse<String> first = Http.get(port, "/feed.xml");
		HttpResponse<String> second = Http.get(port, "/feed.xml");
		int length = first.body().getBytes(StandardCharsets.UTF_8).length;

		assertThat(length).isGreaterThan(SentFiles.MIN_SIZE);
		assertThat(cache.keptAsFile("/feed.xml")).isTrue();
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.headers().firstValue("Content-Length")).contains(String.valueOf(length));
		assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
		assertThat(Http.get(port, "/feed.xml", "If-None-Match", first.headers().firstValue("ETag").orElseThrow())
			.statusCode()).isEqualTo(304);
	}

	@Test
	void aLinkWithTrackingParametersIsAnsweredFromThePageKeptForItsAddress() {
		cache.invalidateAll();
		HttpResponse<String> fromNewsletter = Http.get(port, "/tags?utm_source=newsletter&utm_campaign=may");

		assertThat(cache.holds("/tags")).isTrue();
		assertThat(cache.holds("/tags?utm_source=newsletter&utm_campaign=may")).isFalse();
		long kept = cache.size();
		HttpResponse<String> fromSocial = Http.get(port, "/tags?fbclid=IwAR0xyz");
		assertThat(fromSocial.body()).isEqualTo(fromNewsletter.body());
		assertThat(fromSocial.headers().firstValue("ETag")).isEqualTo(fromNewsletter.headers().firstValue("ETag"));
		assertThat(cache.size()).isEqualTo(kept);
	}

	@Test
	void answersNotModifiedToAMatchingEtag() {
		String etag = Http.get(port, "/tags").headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> revalidated = Http.get(port, "/tags", "If-None-Match", etag);

		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
	}

	@Test
	void sendsGzipToClientsThatAcceptIt() {
		Http.get(port, "/archive");
		HttpResponse<String> zipped = Http.get(port, "/archive", "Accept-Encoding", "gzip");

		assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(zipped.headers().firstValue("Vary")).contains("Accept-Encoding");
	}

	@Test
	void publishingDropsPreparedPages() {
		Http.get(port, "/categories");
		assertThat(cache.size()).isPositive();

		events.publishEvent(new SiteContentChanged("test"));

		assertThat(cache.size()).isZero();
	}

	@Test
	void aNewTextForOneArticleDropsOnlyThePagesThatShowIt() {
		List<ArticleCard> published = articles.allPublished();
		// the oldest: the newest few are in every article page's latest posts
		ArticleCard changed = published.get(published.size() - 1);
		String showing = published.stream()
			.filter(card -> related.forArticle(card.slug()).stream().anyMatch(s -> s.card().id() == changed.id()))
			.findFirst()
			.orElseThrow()
			.url();
		String notShowing = published.stream()
			.filter(card -> card.id() != changed.id() && !Http.get(port, card.url()).body().contains(changed.url()))
			.findFirst()
			.orElseThrow()
			.url();
		cache.invalidateAll();
		for (String path : List.of(changed.url(), showing, notShowing, "/categories")) {
			Http.get(port, path);
		}

		events.publishEvent(new ArticleUpdated(changed.id(), changed.slug(), false));

		assertThat(cache.holds(notShowing)).isTrue();
		assertThat(cache.holds(changed.url())).isFalse();
		assertThat(cache.holds(showing)).as("lists it as related").isFalse();
		assertThat(cache.holds("/categories")).as("did not say what it shows").isFalse();

		events.publishEvent(new ArticleUpdated(changed.id(), changed.slug()));
		assertThat(cache.size()).isZero();
	}

	@Test
	void signedInReadersAndNotFoundPagesTakeTheFullPath() {
		cache.invalidateAll();
		Http.get(port, "/about", "Cookie", "JSESSIONID=abc");
		Http.get(port, "/articles/no-such-article");

		assertThat(cache.size()).isZero();
	}

	@Test
	void theGzipVariantHasItsOwnEtagAndEachRevalidatesWithItsOwn() {
		HttpResponse<String> plain = Http.get(port, "/tags/anxiety");
		HttpResponse<String> zipped = Http.get(port, "/tags/anxiety", "Accept-Encoding", "gzip");
		String plainTag = plain.headers().firstValue("ETag").orElseThrow();
		String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();

		assertThat(zippedTag).isEqualTo(plainTag.substring(0, plainTag.length() - 1) + "-gz\"");
		assertThat(plain.headers().firstValue("Vary")).contains("Accept-Encoding");
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();

		HttpResponse<String> zippedAgain = Http.get(port, "/tags/anxiety", "Accept-Encoding", "gzip", "If-None-Match",
				zippedTag);
		assertThat(zippedAgain.statusCode()).isEqualTo(304);
		assertThat(zippedAgain.headers().firstValue("ETag")).contains(zippedTag);
		assertThat(zippedAgain.headers().firstValue("Vary")).contains("Accept-Encoding");
		assertThat(zippedAgain.headers().firstValue("Content-Security-Policy")).isPresent();

		HttpResponse<String> plainWithZippedTag = Http.get(port, "/tags/anxiety", "If-None-Match", zippedTag);
		assertThat(plainWithZippedTag.statusCode()).as("a reader holding only the gzip variant").isEqualTo(200);
		assertThat(plainWithZippedTag.body()).isEqualTo(plain.body());
		assertThat(plainWithZippedTag.headers().firstValue("ETag")).contains(plainTag);
	}

	@Test
	void answersNotModifiedToAnIfModifiedSinceNotBeforeTheFeedsLastModified() {
		HttpResponse<String> feed = Http.get(port, "/feed.xml");
		String lastModified = feed.headers().firstValue("Last-Modified").orElseThrow();

		HttpResponse<String> same = Http.get(port, "/feed.xml", "If-Modified-Since", lastModified);
		HttpResponse<String> older = Http.get(port, "/feed.xml", "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT");

		assertThat(same.statusCode()).isEqualTo(304);
		assertThat(same.headers().firstValue("Last-Modified")).contains(lastModified);
		assertThat(older.statusCode()).isEqualTo(200);
		assertThat(older.body()).isEqualTo(feed.body());
	}

}
