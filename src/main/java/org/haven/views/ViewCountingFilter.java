package org.haven.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Counts a view when a reader's GET of {@code /articles/{slug}} is answered with the page
 * (200) or with "your copy is current" (304), whether the page came from the page cache
 * or was rendered. It runs before the page cache, so cache hits are counted too. Not
 * counted: crawlers and tools (by user agent), requests without a user agent, and
 * prefetches ({@code Sec-Purpose: prefetch}, {@code Purpose: prefetch}), which are not
 * views. The user agent is read here and never kept.
 */
class ViewCountingFilter extends OncePerRequestFilter {

	private static final String ARTICLES = "/articles/";

	private final ViewCounter counter;

	private final List<String> botAgents;

	ViewCountingFilter(ViewCounter counter, List<String> botAgents) {
		this.counter = counter;
		this.botAgents = List.copyOf(botAgents);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return true;
		}
		String path = request.getRequestURI();
		return !path.startsWith(ARTICLES) || path.indexOf('/', ARTICLES.length()) >= 0
				|| path.length() == ARTICLES.length() || prefetch(request) || bot(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		int status = response.getStatus();
		if (status == HttpServletResponse.SC_OK || status == HttpServletResponse.SC_NOT_MODIFIED) {
			// The address as sent may spell the slug with escapes (%76iews for views),
			// and
			// each spelling answers 200: count the slug itself, so the counts stay one
			// per
			// article however many spellings a client makes up.
			counter
				.count(UriUtils.decode(request.getRequestURI().substring(ARTICLES.length()), StandardCharsets.UTF_8));
		}
	}

	private static boolean prefetch(HttpServletRequest request) {
		return mentionsPrefetch(request.getHeader("Sec-Purpose")) || mentionsPrefetch(request.getHeader("Purpose"))
				|| mentionsPrefetch(request.getHeader("X-Moz"));
	}

	private static boolean mentionsPrefetch(String value) {
		return value != null && value.regionMatches(true, 0, "prefetch", 0, "prefetch".length());
	}

	private boolean bot(HttpServletRequest request) {
		String agent = request.getHeader(HttpHeaders.USER_AGENT);
		if (agent == null || agent.isBlank()) {
			return true;
		}
		String lower = agent.toLowerCase(Locale.ROOT);
		for (String fragment : botAgents) {
			if (lower.contains(fragment)) {
				return true;
			}
		}
		return false;
	}

}
