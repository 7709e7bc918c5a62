package org.haven.editor.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * The headers of the images in the media folder, read once per file version (path, size
 * and modification time): an import renders many articles naming the same picture, the
 * editor lists every image on each form, and each request for a smaller copy needs its
 * original's size.
 */
@Component
class ImageHeaders {

	private record Version(Path file, long bytes, long modified) {
	}

	private final Cache<Version, Optional<ImageHeader>> headers = Caffeine.newBuilder().maximumSize(10_000).build();

	Optional<ImageHeader> of(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			Version version = new Version(file.toAbsolutePath(), attributes.size(),
					attributes.lastModifiedTime().toMillis());
			return headers.get(version, v -> ImageHeader.of(file));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
