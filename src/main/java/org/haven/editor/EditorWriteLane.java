package org.haven.editor;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.haven.common.LowPriorityThreads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs the editors' writes (every request under {@code /admin/} and {@code /api/} that is
 * not a read: saves, publishes, autosaves, uploads, imports) on threads of lower CPU
 * priority ({@link LowPriorityThreads}), while the request's own thread waits. A save
 * renders, checks and stores an article and updates the search and related indexes: tens
 * of milliseconds of CPU that, on a machine busy with readers, would otherwise be taken
 * from the pages they wait for. An editor's save then waits longer only while readers
 * keep the CPU busy; on an idle machine it runs as fast as before.
 * <p>
 * The whole rest of the filter chain, security included, runs on the lane's thread, so
 * what it keeps per thread (the signed-in user, the request's attributes) is set and
 * cleared there. {@code haven.editor.write-lane.niceness} sets the nice value (19);
 * {@code haven.editor.write-lane.enabled=false} keeps writes on the request's thread.
 */
@Component
class EditorWriteLane extends OncePerRequestFilter implements Ordered {

	/**
	 * The lowest priority Linux has: in alternating runs of the editor benchmark, readers
	 * kept 91% of their throughput during a burst of saves at 19, 85-86% at 10, 70-81% on
	 * the request's thread; a save on an idle server took as long at 19 as before.
	 */
	static final int DEFAULT_NICENESS = 19;

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final boolean enabled;

	private final ExecutorService lane;

	// properties rather than a bound record: filters are part of the web test slices too,
	// which bind no configuration of the editor's
	EditorWriteLane(@Value("${haven.editor.write-lane.enabled:true}") boolean enabled,
			@Value("${haven.editor.write-lane.niceness:" + DEFAULT_NICENESS + "}") int niceness) {
		this.enabled = enabled && niceness > 0;
		// as many writes at once as there are cores; more wait their turn
		this.lane = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
				LowPriorityThreads.named("haven-editor-write", niceness));
	}

	@Override
	public int getOrder() {
		// before the security chain (-100) and all else that keeps state per thread
		return Ordered.HIGHEST_PRECEDENCE + 40;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!enabled || READS.contains(request.getMethod())) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/admin/") && !path.startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Future<?> write;
		try {
			write = lane.submit(() -> {
				chain.doFilter(request, response);
				return null;
			});
		}
		catch (RejectedExecutionException shuttingDown) {
			chain.doFilter(request, response);
			return;
		}
		try {
			write.get();
		}
		catch (InterruptedException ex) {
			write.cancel(true);
			Thread.currentThread().interrupt();
			throw new ServletException("Interrupted while the write ran", ex);
		}
		catch (ExecutionException ex) {
			throw rethrown(ex.getCause());
		}
	}

	/** The write's own exception, as the container would have seen it on its thread. */
	private static ServletException rethrown(Throwable cause) throws IOException {
		if (cause instanceof IOException io) {
			throw io;
		}
		if (cause instanceof ServletException servlet) {
			return servlet;
		}
		if (cause instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		return new ServletException(cause);
	}

	@Override
	public void destroy() {
		lane.shutdown();
	}

}
