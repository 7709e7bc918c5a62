package org.haven.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * Writes files so that a crash leaves either the old file or the new one, never half of
 * either: the bytes go to a hidden temporary file in the same folder, are forced to disk,
 * and the file is then renamed over the old one.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	public static void write(Path target, byte[] bytes) {
		write(target, bytes, temp -> {
		});
	}

	/**
	 * As {@link #write(Path, byte[])}; {@code beforeMove} runs between the forced write
	 * and the rename.
	 */
	public static void write(Path target, byte[] bytes, Consumer<Path> beforeMove) {
		Path folder = target.toAbsolutePath().getParent();
		Path temp = null;
		try {
			Files.createDirectories(folder);
			temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			beforeMove.accept(temp);
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			forceFolder(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + target, ex);
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ex) {
					// a stray hidden .tmp file is ignored by the importer
				}
			}
		}
	}

	public static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot delete " + file, ex);
		}
	}

	/**
	 * Makes the rename itself durable where the platform allows opening a folder (Linux,
	 * macOS).
	 */
	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException ex) {
			// not supported on this platform (Windows): the rename is still atomic
		}
	}

}
