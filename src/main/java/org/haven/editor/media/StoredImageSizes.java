package org.haven.editor.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.haven.content.ImageSizes;
import org.haven.content.ResponsiveImage;
import org.haven.content.ResponsiveImage.Candidate;
import org.springframework.stereotype.Component;

/**
 * Tells the content pipeline the size of each image in the media folder and which smaller copies it has, so a body
 * image renders with {@code width}, {@code height} and {@code srcset}. Headers are read once per file version (name,
 * size and modification time), which keeps a full import from re-reading the same picture for every article.
 */
@Component
class StoredImageSizes implements ImageSizes {

	private static final String PREFIX = "/media/";

	private record Version(String name, long bytes, long modified) {
	}

	private final MediaLibrary library;

	private final ImageVariants variants;

	private final Cache<Version, Optional<ImageHeader>> headers = Caffeine.newBuilder().maximumSize(10_000).build();

	StoredImageSizes(MediaLibrary library, ImageVariants variants) {
		this.library = library;
		this.variants = variants;
	}

	@Override
	public Optional<ResponsiveImage> of(String src) {
		if (!src.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String name = src.substring(PREFIX.length());
		return library.find(name).flatMap(this::header).map(header -> {
			List<Candidate> candidates = new ArrayList<>();
			for (int width : variants.widthsFor(header)) {
				candidates.add(new Candidate(PREFIX + width + "w/" + name, width));
			}
			candidates.add(new Candidate(src, header.width()));
			return new ResponsiveImage(header.width(), header.height(), candidates);
		});
	}

	private Optional<ImageHeader> header(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			Version version = new Version(file.getFileName().toString(), attributes.size(),
					attributes.lastModifiedTime().toMillis());
			return headers.get(version, v -> ImageHeader.of(file));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
