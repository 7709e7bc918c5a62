package org.haven.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.haven.config.ClusterProperties;
import org.haven.content.AtomicFiles;
import org.haven.content.ContentProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes a saved article back to {@code content/}, atomically ({@link AtomicFiles}), and
 * keeps file and database in step: if anything fails after the new file is in place, the
 * previous bytes go back before the transaction rolls back. In a cluster only the node
 * designated content writer writes; it writes what the others saved as their change
 * events arrive ({@link RemoteSaveWriter}).
 */
@Component
class ArticleFileWriter {

	/**
	 * Runs after the temporary file is on disk and before the rename; tests use it to
	 * simulate a crash.
	 */
	volatile Consumer<Path> beforeMove = temp -> {
	};

	private final ContentProperties properties;

	private final boolean writes;

	ArticleFileWriter(ContentProperties properties, ClusterProperties cluster) {
		this.properties = properties;
		this.writes = cluster.writesContent();
	}

	/**
	 * Replaces the file at {@code path} (relative to the content folder) and removes
	 * {@code oldPath} when the article moved (a renamed slug). A failure in between puts
	 * the previous file back.
	 */
	void writeBack(String path, @Nullable String oldPath, byte[] bytes) {
		if (!writes) {
			return;
		}
		Path root = properties.dir();
		Path target = root.resolve(path);
		byte[] previous = readIfExists(target);
		AtomicFiles.write(target, bytes, beforeMove);
		try {
			if (oldPath != null && !oldPath.equals(path)) {
				delete(root.resolve(oldPath));
			}
		}
		catch (RuntimeException ex) {
			if (previous != null) {
				AtomicFiles.write(target, previous);
			}
			else {
				AtomicFiles.delete(target);
			}
			throw ex;
		}
	}

	/** Seam for tests that make removing the old file fail. */
	void delete(Path file) {
		AtomicFiles.delete(file);
	}

	private static byte @Nullable [] readIfExists(Path file) {
		try {
			return Files.exists(file) ? Files.readAllBytes(file) : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

}
