package org.haven.editor.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.haven.content.ImageSizes;
import org.haven.content.ResponsiveImage;
import org.haven.content.ResponsiveImage.Candidate;
import org.springframework.stereotype.Component;

/**
 * Tells the content pipeline the size of each image in the media folder and which smaller
 * copies it has, so a body image renders with {@code width}, {@code height} and
 * {@code srcset}.
 */
@Component
class StoredImageSizes implements ImageSizes {

	private static final String PREFIX = "/media/";

	private final MediaLibrary library;

	private final ImageVariants variants;

	private final ImageHeaders headers;

	StoredImageSizes(MediaLibrary library, ImageVariants variants, ImageHeaders headers) {
		this.library = library;
		this.variants = variants;
		this.headers = headers;
	}

	@Override
	public Optional<ResponsiveImage> of(String src) {
		if (!src.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String name = src.substring(PREFIX.length());
		return library.find(name).flatMap(headers::of).map(header -> {
			List<Candidate> candidates = new ArrayList<>();
			for (int width : variants.widthsFor(header)) {
				candidates.add(new Candidate(PREFIX + width + "w/" + name, width));
			}
			candidates.add(new Candidate(src, header.width()));
			return new ResponsiveImage(header.width(), header.height(), candidates);
		});
	}

}
