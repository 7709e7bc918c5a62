package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** The filter on its own, with a stand-in for the full path. */
class AnonymousPageCacheUnitTest {

	final AnonymousPageCache cache = new AnonymousPageCache(new PageCacheProperties(true, DataSize.ofMegabytes(1)));

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

	/** A full path that renders a page showing {@code ids}; none at all means it does not say. */
	private static FilterChain page(Long... ids) {
		return (request, response) -> {
			if (ids.length > 0) {
				AnonymousPageCache.showsArticles(request, List.of(ids));
			}
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("<p>page</p>");
		};
	}

	private MockHttpServletResponse get(FilterChain chain) {
		return get("/articles/a", chain);
	}

	private MockHttpServletResponse get(String path, FilterChain chain) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
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
