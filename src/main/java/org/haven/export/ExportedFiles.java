package org.haven.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The output folder. In an incremental run a file is rewritten only when its bytes
 * changed; files the site no longer has are removed at the end either way.
 */
final class ExportedFiles {

	private final Path out;

	private final boolean incremental;

	private final Set<Path> kept = ConcurrentHashMap.newKeySet();

	private final AtomicInteger written = new AtomicInteger();

	private final AtomicInteger unchanged = new AtomicInteger();

	ExportedFiles(Path out, boolean incremental) {
		this.out = out;
		this.incremental = incremental;
	}

	Path root() {
		return out;
	}

	void write(Path file, byte[] bytes) {
		kept.add(file.toAbsolutePath().normalize());
		try {
			if (incremental && Files.exists(file) && Files.size(file) == bytes.length
					&& Arrays.equals(Files.readAllBytes(file), bytes)) {
				unchanged.incrementAndGet();
				return;
			}
			Files.createDirectories(file.getParent());
			Files.write(file, bytes);
			written.incrementAndGet();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	/** Removes files no longer part of the site; returns how many. */
	int removeStale() {
		if (!Files.isDirectory(out)) {
			return 0;
		}
		int removed = 0;
		try (Stream<Path> files = Files.walk(out)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				if (!kept.contains(file.toAbsolutePath().normalize())) {
					Files.delete(file);
					removed++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot clean " + out, ex);
		}
		return removed;
	}

	int written() {
		return written.get();
	}

	int unchanged() {
		return unchanged.get();
	}

}
