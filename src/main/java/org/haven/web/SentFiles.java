package org.haven.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Large prepared bodies (feeds, sitemaps) also kept as files, so that Tomcat hands them
 * to the kernel with sendfile, as nginx does, instead of copying hundreds of kilobytes
 * through the heap and a direct buffer for every reader. Each cached variant gets a file
 * of its own; a dropped page's file is deleted a minute later, after any send that
 * started from it has opened it.
 */
final class SentFiles implements AutoCloseable {

	/**
	 * Below this, writing the bytes costs less than a sendfile (Tomcat's own threshold).
	 */
	static final int MIN_SIZE = 48 * 1024;

	private static final String SUPPORT = "org.apache.tomcat.sendfile.support";

	private static final Logger log = LoggerFactory.getLogger(SentFiles.class);

	private final AtomicLong names = new AtomicLong();

	private @Nullable Path folder;

	/**
	 * A file holding {@code body}, or null for a small body or when it cannot be written.
	 */
	synchronized @Nullable Path keep(byte[] body) {
		if (body.length < MIN_SIZE) {
			return null;
		}
		try {
			if (folder == null) {
				folder = Files.createTempDirectory("haven-sent-");
			}
			Path file = folder.resolve(names.incrementAndGet() + ".bin");
			Files.write(file, body);
			return file;
		}
		catch (IOException ex) {
			log.debug("Serving from memory: could not keep a prepared body as a file", ex);
			return null;
		}
	}

	void dropLater(@Nullable Path file) {
		if (file != null) {
			CompletableFuture.delayedExecutor(1, TimeUnit.MINUTES).execute(() -> delete(file));
		}
	}

	/**
	 * Asks the connector to send {@code file} after the filter returns; false when it
	 * cannot (another container, HTTP/2 push, a test's mock request).
	 */
	static boolean handOff(HttpServletRequest request, Path file, long length) {
		if (!Boolean.TRUE.equals(request.getAttribute(SUPPORT)) || !Files.isReadable(file)) {
			return false;
		}
		request.setAttribute("org.apache.tomcat.sendfile.filename", file.toString());
		request.setAttribute("org.apache.tomcat.sendfile.start", 0L);
		request.setAttribute("org.apache.tomcat.sendfile.end", length);
		return true;
	}

	@Override
	public synchronized void close() {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.list(folder)) {
			files.forEach(SentFiles::delete);
			Files.deleteIfExists(folder);
			folder = null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.debug("Could not delete {}", file, ex);
		}
	}

}
