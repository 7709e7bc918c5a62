package org.haven.site;

import org.haven.content.ImageSizes;
import org.haven.content.ResponsiveImage;
import org.jspecify.annotations.Nullable;

/**
 * An article's cover as an {@code <img>}: its address, alt text, and, for an image in the
 * media library, its size and smaller copies ({@code width}, {@code height} and
 * {@code srcset} are 0 and empty otherwise).
 */
public record CoverImage(String src, String alt, int width, int height, String srcset) {

	/** The cover named in front matter, or null if there is none. */
	static @Nullable CoverImage of(@Nullable String cover, @Nullable String alt, ImageSizes sizes) {
		if (cover == null || cover.isBlank()) {
			return null;
		}
		String src = cover.startsWith("/") || cover.startsWith("https://") || cover.startsWith("http://") ? cover
				: "/media/" + cover;
		ResponsiveImage image = sizes.of(src).orElse(null);
		String text = alt == null ? "" : alt;
		return image == null ? new CoverImage(src, text, 0, 0, "")
				: new CoverImage(src, text, image.width(), image.height(), image.srcset());
	}

}
