package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** The filter on its own, with a stand-in for the full path. */
class AnonymousPageCacheUnitTest {

	final AnonymousPageCache cache = new AnonymousPageCache(
			new PageCacheProperties(true, DataSize.ofMegabytes(1), Duration.ofHours(1), Duration.ofSeconds(2)));

	final AtomicInteger renders = new AtomicInteger();

	@Test
	void readersWhoMissWhileThePageIsRenderedWaitForItInsteadOfRenderingAgain() throws Exception {
		CompletableFuture<MockHttpServletResponse> second = new CompletableFuture<>();
		FilterChain fullPath = (request, response) -> {
			if (renders.incrementAndGet() == 1) {
				Thread reader = new Thread(() -> second.complete(get(this::countRender)));
				reader.start();
				awaitWaiting(reader);
			}
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("<p>article</p>");
		};

		MockHttpServletResponse first = get(fullPath);

		assertThat(renders).hasValue(1);
		assertThat(first.getContentAsString()).isEqualTo("<p>article</p>");
		MockHttpServletResponse shared = second.get(5, TimeUnit.SECONDS);
		assertThat(shared.getContentAsString()).isEqualTo("<p>article</p>");
		assertThat(shared.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
	}

	@Test
	void aChangeThatMovesNoArticleDropsOnlyThePagesThatShowIt() {
		get("/articles/a", page(1L, 2L));
		get("/articles/b", page(3L));
		get("/tags", page());

		cache.invalidateShowing(2);

		assertThat(cache.holds("/articles/a")).as("shows article 2").isFalse();
		assertThat(cache.holds("/articles/b")).as("does not show it").isTrue();
		assertThat(cache.holds("/tags")).as("did not say what it shows").isFalse();
	}

	@Test
	void aRenderThatARevisionOvertookIsKeptAsThePreviousVersionNotAsTheCurrentOne() {
		FilterChain overtaken = (request, response) -> {
			cache.reviseAll();
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("<p>before the save</p>");
		};

		get("/tags", overtaken);

		assertThat(cache.holds("/tags")).isFalse();
		assertThat(cache.holdsStale("/tags")).isTrue();
		get("/tags", page());
		assertThat(cache.holds("/tags")).as("nothing changed during this one").isTrue();
		assertThat(cache.holdsStale("/tags")).isFalse();
	}

	@Test
	void aFailedRenderKeepsThePreviousVersionAndAPageThatIsGoneDropsIt() {
		get("/articles/a", page(1L));
		cache.reviseShowing(1);

		get("/articles/a", answering(503));
		assertThat(cache.holdsStale("/articles/a")).as("an overloaded database").isTrue();
		get("/articles/a", answering(404));
		assertThat(cache.holdsStale("/articles/a")).isFalse();
	}

	@Test
	void aDropWithoutStaleKeepsNoPreviousVersion() {
		get("/articles/a", page(1L));
		get("/articles/b", page(2L));

		cache.invalidateShowing(1);
		cache.reviseAll();
		cache.invalidateAll();

		assertThat(cache.holdsStale("/articles/a")).isFalse();
		assertThat(cache.holdsStale("/articles/b")).isFalse();
	}

	@Test
	void readsAcceptEncodingWeights() {
		assertThat(AcceptEncoding.acceptsGzip("gzip")).isTrue();
		assertThat(AcceptEncoding.acceptsGzip("br, gzip;q=0.8")).isTrue();
		assertThat(AcceptEncoding.acceptsGzip("gzip;q=0.5")).isTrue();
		assertThat(AcceptEncoding.acceptsGzip("GZIP ; Q=1.0")).isTrue();
		assertThat(AcceptEncoding.acceptsGzip("x-gzip")).isTrue();
		assertThat(AcceptEncoding.acceptsGzip("gzip;q=0")).as("q=0 means no").isFalse();
		assertThat(AcceptEncoding.acceptsGzip("gzip; q=0.000, deflate")).isFalse();
		assertThat(AcceptEncoding.acceptsGzip("gzip;q=zero")).as("an unreadable weight").isFalse();
		assertThat(AcceptEncoding.acceptsGzip("*")).isTrue();
		assertThat(AcceptEncoding.acceptsGzip("br, *;q=0.1")).isTrue();
		assertThat(AcceptEncoding.acceptsGzip("*;q=0")).isFalse();
		assertThat(AcceptEncoding.acceptsGzip("gzip;q=0, *")).as("named beats the wildcard").isFalse();
		assertThat(AcceptEncoding.acceptsGzip("gzip, *;q=0")).isTrue();
		assertThat(AcceptEncoding.acceptsGzip("br, deflate")).isFalse();
		assertThat(AcceptEncoding.acceptsGzip("gzipped")).isFalse();
		assertThat(AcceptEncoding.acceptsGzip("")).isFalse();
		assertThat(AcceptEncoding.acceptsGzip(null)).isFalse();
	}

	@Test
	void eachEncodingIsSentWithItsOwnEtagAndRevalidatesWithIt() throws Exception {
		FilterChain fullPath = tagsPage();
		MockHttpServletResponse plain = get("/tags", fullPath);
		MockHttpServletResponse zipped = get("/tags", fullPath, "Accept-Encoding", "gzip;q=0.5");
		MockHttpServletResponse refused = get("/tags", fullPath, "Accept-Encoding", "gzip;q=0");
		String plainTag = plain.getHeader("ETag");
		String zippedTag = zipped.getHeader("ETag");

		assertThat(plainTag).matches("\"[0-9a-f]{20}\"");
		assertThat(zippedTag).isEqualTo(plainTag.substring(0, 21) + "-gz\"");
		assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(new GZIPInputStream(new ByteArrayInputStream(zipped.getContentAsByteArray())).readAllBytes())
			.isEqualTo(plain.getContentAsByteArray());
		assertThat(refused.getHeader("Content-Encoding")).isNull();
		assertThat(refused.getHeader("ETag")).isEqualTo(plainTag);
		for (MockHttpServletResponse response : List.of(plain, zipped, refused)) {
			assertThat(response.getHeader("Vary")).isEqualTo("Accept-Encoding");
		}

		MockHttpServletResponse zippedCurrent = get("/tags", fullPath, "Accept-Encoding", "gzip", "If-None-Match",
				zippedTag);
		assertThat(zippedCurrent.getStatus()).isEqualTo(304);
		assertThat(zippedCurrent.getContentLength()).isZero();
		assertThat(zippedCurrent.getHeader("ETag")).isEqualTo(zippedTag);
		assertThat(zippedCurrent.getHeader("X-Frame-Options")).as("headers the page was rendered with")
			.isEqualTo("DENY");

		MockHttpServletResponse otherVariant = get("/tags", fullPath, "Accept-Encoding", "gzip", "If-None-Match",
				plainTag);
		assertThat(otherVariant.getStatus()).as("the identity tag does not stand for the gzip body").isEqualTo(200);
		assertThat(otherVariant.getHeader("ETag")).isEqualTo(zippedTag);

		MockHttpServletResponse cacheWithBoth = get("/tags", fullPath, "If-None-Match",
				"\"other\", " + zippedTag + ", W/" + plainTag);
		assertThat(cacheWithBoth.getStatus()).isEqualTo(304);
		assertThat(cacheWithBoth.getHeader("ETag")).as("tells which one is current").isEqualTo(plainTag);

		assertThat(get("/tags", fullPath, "If-None-Match", "\"stale\"").getStatus()).isEqualTo(200);
		assertThat(renders).as("every answer after the first came from the prepared bytes").hasValue(1);
	}

	@Test
	void ifModifiedSinceIsComparedWithThePagesLastModifiedWhenThereIsNoIfNoneMatch() {
		FilterChain feed = (request, response) -> {
			renders.incrementAndGet();
			response.setContentType("application/rss+xml;charset=UTF-8");
			((HttpServletResponse) response).setHeader("Last-Modified", "Tue, 03 Mar 2026 10:00:00 GMT");
			response.getWriter().write("<rss/>");
		};
		String etag = get("/feed.xml", feed).getHeader("ETag");

		assertThat(get("/feed.xml", feed, "If-Modified-Since", "Tue, 03 Mar 2026 10:00:00 GMT").getStatus())
			.isEqualTo(304);
		assertThat(get("/feed.xml", feed, "If-Modified-Since", "Wed, 04 Mar 2026 00:00:00 GMT").getStatus())
			.isEqualTo(304);
		MockHttpServletResponse older = get("/feed.xml", feed, "If-Modified-Since", "Mon, 02 Mar 2026 00:00:00 GMT");
		assertThat(older.getStatus()).isEqualTo(200);
		assertThat(older.getContentAsByteArray()).isEqualTo("<rss/>".getBytes(StandardCharsets.UTF_8));
		assertThat(older.getHeader("Last-Modified")).isEqualTo("Tue, 03 Mar 2026 10:00:00 GMT");
		assertThat(get("/feed.xml", feed, "If-Modified-Since", "Wed, 04 Mar 2026 00:00:00 GMT", "If-None-Match",
				"\"stale\"")
			.getStatus()).as("If-None-Match decides when present").isEqualTo(200);
		assertThat(get("/feed.xml", feed, "If-None-Match", etag).getStatus()).isEqualTo(304);
		assertThat(renders).hasValue(1);
	}

	/** The full path for a page that sets a security header, counting its renders. */
	private FilterChain tagsPage() {
		return (request, response) -> {
			renders.incrementAndGet();
			((HttpServletResponse) response).setHeader("X-Frame-Options", "DENY");
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("<p>tags, tags, tags</p>".repeat(20));
		};
	}

	/**
	 * A full path that renders a page showing {@code ids}; none at all means it does not
	 * say.
	 */
	private static FilterChain page(Long... ids) {
		return (request, response) -> {
			if (ids.length > 0) {
				AnonymousPageCache.showsArticles(request, List.of(ids));
			}
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("<p>page</p>");
		};
	}

	private static FilterChain answering(int status) {
		return (request, response) -> ((HttpServletResponse) response).setStatus(status);
	}

	private MockHttpServletResponse get(FilterChain chain) {
		return get("/articles/a", chain);
	}

	private MockHttpServletResponse get(String path, FilterChain chain, String... headers) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.addHeader(headers[i], headers[i + 1]);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			cache.doFilter(request, response, chain);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

	private void countRender(ServletRequest request, ServletResponse response) {
		renders.incrementAndGet();
	}

	private static void awaitWaiting(Thread reader) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (reader.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
	}

}
