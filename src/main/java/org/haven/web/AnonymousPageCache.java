package org.haven.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers anonymous GETs of reader pages and feeds from prepared bytes, before the
 * security chain and MVC run. The first request renders through the full path and its
 * output (with the security headers it was given) is kept; later ones get the same bytes,
 * gzipped when accepted, with one ETag per variant, or a 304 when the reader's copy is
 * current. Requests that miss while the same page is being rendered wait for that render
 * ({@link SharedRenders}). Anyone with a session, and every non-GET, takes the full path.
 * Everything is dropped when content or the theme changes ({@link #invalidateAll()}); a
 * change to one article that leaves it where it was drops only the pages that show it
 * ({@link #invalidateShowing}), which controllers declare with {@link #showsArticles}.
 * <p>
 * Stale while revalidating: after an ordinary revision of visible content
 * ({@link #reviseAll()}, {@link #reviseShowing}) the previous version of each dropped
 * page is kept for {@code haven.web.page-cache.stale-grace} ({@link StalePages}). The
 * first reader of such a page renders it; readers who arrive while that render runs get
 * the previous version at once, with its own ETag, instead of waiting or needing a
 * database connection; once the render lands, or the grace is over, nobody gets the old
 * one. So under a steady stream of saves the readers of a page keep an answer. A change
 * that may take something away from readers (a withdrawn article, removed comments, a
 * theme or setting change, anything not known to be an ordinary revision) uses the
 * {@code invalidate} methods, which also drop the previous versions they concern.
 */
public class AnonymousPageCache extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";

	private static final List<String> BYPASS_PREFIXES = List.of("/admin", "/api", "/actuator", "/login", "/logout",
			"/setup", "/themes/", "/error", "/media/", "/subscribe/", "/preview/");

	private static final int MAX_KEY_LENGTH = 512;

	private static final Duration MAX_WAIT_FOR_RENDER = Duration.ofSeconds(10);

	static final String SHOWN_ARTICLES = AnonymousPageCache.class.getName() + ".shownArticles";

	private final Cache<String, CachedPage> pages;

	private final AtomicLong generation = new AtomicLong();

	private final SharedRenders renders = new SharedRenders(MAX_WAIT_FOR_RENDER);

	private final SentFiles files = new SentFiles();

	private final StalePages stale;

	private final LongAdder preparedHeaders = new LongAdder();

	/** Runs before the full path renders a page (tests hold renders with it). */
	volatile Consumer<String> beforeRender = key -> {
	};

	public AnonymousPageCache(PageCacheProperties properties) {
		this(properties, Ticker.systemTicker());
	}

	AnonymousPageCache(PageCacheProperties properties, Ticker ticker) {
		this.stale = new StalePages(properties.staleGrace(), properties.maxSize(), ticker);
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((String key, CachedPage page) -> page.weight())
			.expireAfterWrite(properties.maxAge())
			.removalListener((String key, CachedPage page, RemovalCause cause) -> {
				if (page != null) {
					files.dropLater(page.bodyFile());
					files.dropLater(page.gzipFile());
				}
			})
			.recordStats()
			.build();
	}

	/** Deletes the files kept for large pages, when the container or context stops. */
	@Override
	public void destroy() {
		files.close();
	}

	/**
	 * Publishes hits, misses, evictions and size ({@code cache.gets},
	 * {@code cache.evictions}, {@code cache.size}, tagged {@code cache=pages}).
	 */
	void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, pages, "pages");
		stale.bindTo(registry);
	}

	/**
	 * Drops every prepared page and every previous version; for any change that may take
	 * something away from readers.
	 */
	public void invalidateAll() {
		stale.dropAll();
		generation.incrementAndGet();
		pages.invalidateAll();
	}

	/**
	 * Drops the pages that show article {@code id}, and those that did not declare what
	 * they show, with their previous versions; keeps the rest. For a change that leaves
	 * the article in the same lists, related posts and order.
	 */
	public void invalidateShowing(long id) {
		stale.dropShowing(id);
		generation.incrementAndGet();
		pages.asMap().values().removeIf(page -> page.mayShow(id));
	}

	/**
	 * As {@link #invalidateAll()}, keeping each page's previous version for the stale
	 * grace: for an ordinary revision of visible content (published or edited articles).
	 */
	public void reviseAll() {
		supersede(page -> true);
	}

	/**
	 * As {@link #invalidateShowing}, keeping each page's previous version for the stale
	 * grace: for an ordinary revision of a visible article.
	 */
	public void reviseShowing(long id) {
		supersede(page -> page.mayShow(id));
	}

	private void supersede(Predicate<CachedPage> affected) {
		long drops = stale.drops();
		long now = stale.now();
		generation.incrementAndGet();
		pages.asMap().entrySet().removeIf(entry -> {
			if (!affected.test(entry.getValue())) {
				return false;
			}
			stale.keep(entry.getKey(), entry.getValue(), now, drops);
			return true;
		});
	}

	/**
	 * Declares, while rendering a page, every article it shows (its own, neighbours,
	 * related posts...).
	 */
	public static void showsArticles(ServletRequest request, Collection<Long> ids) {
		request.setAttribute(SHOWN_ARTICLES, Set.copyOf(ids));
	}

	long size() {
		return pages.estimatedSize();
	}

	/** Whether the page under {@code key} is kept as a file too, for sendfile. */
	boolean keptAsFile(String key) {
		CachedPage page = pages.getIfPresent(key);
		return page != null && page.bodyFile() != null;
	}

	boolean holds(String key) {
		return pages.getIfPresent(key) != null;
	}

	/** Whether a previous version of {@code key} may still be served. */
	boolean holdsStale(String key) {
		return stale.get(key) != null;
	}

	long staleAnswers() {
		return stale.served();
	}

	/**
	 * Answers whose headers went to the connector as bytes ({@link ConnectorHeaders}).
	 */
	long answersWithPreparedHeaders() {
		return preparedHeaders.sum();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || hasSessionCookie(request)) {
			return true;
		}
		String path = request.getRequestURI();
		for (String prefix : BYPASS_PREFIXES) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return key(request).length() > MAX_KEY_LENGTH;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		CachedPage cached = pages.getIfPresent(key);
		if (cached != null) {
			send(cached, request, response);
			return;
		}
		Render started = new Render(key, generation.get(), stale.drops(), stale.now());
		CachedPage previous = stale.get(key);
		if (previous != null && renders.running(key)) {
			serveStale(previous, request, response);
			return;
		}
		SharedRenders.Seat seat = renders.join(key, started.generation());
		if (!seat.leads()) {
			if (previous != null) {
				serveStale(previous, request, response);
				return;
			}
			CachedPage shared = renders.await(seat);
			if (shared != null) {
				send(shared, request, response);
				return;
			}
		}
		@Nullable CachedPage page = null;
		try {
			page = render(started, request, response, chain);
		}
		finally {
			if (seat.leads()) {
				renders.land(seat, page);
			}
		}
	}

	/**
	 * A render's key, and the cache generation, count of drops without stale and ticker
	 * time when it started.
	 */
	private record Render(String key, long generation, long drops, long startedAt) {
	}

	private void serveStale(CachedPage previous, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		stale.countServed();
		send(previous, request, response);
	}

	private void send(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (PreparedResponses.write(page, request, response, true)) {
			preparedHeaders.increment();
		}
	}

	/**
	 * The full path, keeping what it answered if that can be shared: as the current page
	 * if nothing changed while it rendered, else as the previous version (it is newer
	 * than any kept); returns the page, or null.
	 */
	private @Nullable CachedPage render(Render started, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		String key = started.key();
		beforeRender.accept(key);
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		CachedPage page = PreparedResponses.capture(wrapper, request);
		if (page == null) {
			if (wrapper.getStatus() < 500) {
				// gone or moved; after a failure (a busy database) it is still served
				stale.forget(key);
			}
			wrapper.copyBodyToResponse();
			return null;
		}
		if (generation.get() == started.generation()) {
			CachedPage current = page.withFiles(files);
			pages.put(key, current);
			stale.forget(key);
			if (generation.get() != started.generation()) {
				// a change ran while it was put: it may have missed it
				pages.asMap().remove(key, current);
			}
		}
		else {
			stale.keep(key, page, started.startedAt(), started.drops());
		}
		wrapper.resetBuffer();
		PreparedResponses.write(page, request, wrapper, false);
		wrapper.copyBodyToResponse();
		return page;
	}

	private static boolean hasSessionCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if ("JSESSIONID".equals(cookie.getName()) || "SESSION".equals(cookie.getName())) {
				return true;
			}
		}
		return false;
	}

	private static String key(HttpServletRequest request) {
		return PageCacheKey.of(request.getRequestURI(), request.getQueryString());
	}

}
