package org.haven.site;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.haven.config.DatabaseFailures;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that needs the database while it is gone answers 503 with a Retry-After, in the
 * theme ({@link ThemedErrorPages}), rather than 500: nothing is wrong with the page, and
 * pages already prepared keep being served from the page cache meanwhile. The connection
 * pool drops the dead connections and the next request opens the database again. Logged
 * once a minute, not once a request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutagePages implements HandlerExceptionResolver {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutagePages.class);

	static final Duration RETRY_AFTER = Duration.ofSeconds(30);

	private static final long LOG_EVERY = Duration.ofMinutes(1).toNanos();

	private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY);

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception failure) {
		if (!DatabaseFailures.isOutage(failure) || response.isCommitted()) {
			return null;
		}
		long now = System.nanoTime();
		long last = lastLogged.get();
		if (now - last >= LOG_EVERY && lastLogged.compareAndSet(last, now)) {
			log.error("The database is unavailable; answering 503 to pages that need it ({})", request.getRequestURI(),
					failure);
		}
		try {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
		catch (IOException ex) {
			return null;
		}
		return new ModelAndView();
	}

}
