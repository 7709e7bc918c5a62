package org.haven.publicform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The secret that signs form tokens: 32 random bytes in {@code <data-dir>/keys}, made on
 * first use and readable only by the owner. It lives with the data, never in the
 * repository, so every node sharing the data directory accepts the same tokens.
 */
final class FormKey {

	private static final int LENGTH = 32;

	private FormKey() {
	}

	static byte[] loadOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				return read(file);
			}
			Files.createDirectories(file.getParent());
			byte[] key = new byte[LENGTH];
			new SecureRandom().nextBytes(key);
			Path temp = Files.createTempFile(file.getParent(), "key", ".tmp");
			restrict(temp);
			Files.write(temp, key);
			try {
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (FileAlreadyExistsException ex) {
				Files.deleteIfExists(temp);
			}
			return read(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the form key " + file, ex);
		}
	}

	private static byte[] read(Path file) throws IOException {
		byte[] key = Files.readAllBytes(file);
		if (key.length < LENGTH) {
			throw new IllegalStateException("The form key " + file + " is shorter than " + LENGTH + " bytes");
		}
		return key;
	}

	private static void restrict(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system (Windows): the data directory's own permissions
			// apply
		}
	}

}
