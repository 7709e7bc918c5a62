package org.haven.publicform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.haven.config.SigningKey;
import org.haven.config.SiteKeys;
import org.haven.config.SiteProperties;

/**
 * The key of form tokens and of the time-limited links in mail: {@value #NAME} in the
 * database ({@link SiteKeys}), shared by every node. Earlier versions kept it in each
 * node's {@code <data-dir>/keys/public-form.key}; the first node to need the key after
 * the upgrade stores its file's key, so the forms and links it served stay valid.
 */
final class FormKey {

	static final String NAME = "public-form";

	private static final int LENGTH = 32;

	private FormKey() {
	}

	static SigningKey of(SiteKeys keys, SiteProperties site) {
		Path file = site.dataDir().resolve("keys").resolve("public-form.key");
		return keys.named(NAME, () -> readIfPresent(file));
	}

	static Optional<byte[]> readIfPresent(Path file) {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			byte[] key = Files.readAllBytes(file);
			return key.length < LENGTH ? Optional.empty() : Optional.of(key);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the earlier form key " + file, ex);
		}
	}

}
