package org.haven.site;

import org.haven.content.ImageSizes;
import org.haven.content.InlineMarkdown;
import org.haven.content.ResponsiveImage;
import org.jspecify.annotations.Nullable;

/**
 * An article's cover as an {@code <img>}: its address, alt text, and, for an image in the
 * media library, its size and smaller copies ({@code width}, {@code height} and
 * {@code srcset} are 0 and empty otherwise); the caption shown under it on the article's
 * page as HTML (its Markdown rendered: a photo credit may link), or empty.
 */
public record CoverImage(String src, String alt, int width, int height, String srcset, String captionHtml) {

	/** The cover named in front matter, or null if there is none. */
	static @Nullable CoverImage of(@Nullable String cover, @Nullable String alt, ImageSizes sizes) {
		return of(cover, alt, null, sizes);
	}

	/** The same with a caption. */
	static @Nullable CoverImage of(@Nullable String cover, @Nullable String alt, @Nullable String caption,
			ImageSizes sizes) {
		if (cover == null || cover.isBlank()) {
			return null;
		}
		String src = cover.startsWith("/") || cover.startsWith("https://") || cover.startsWith("http://") ? cover
				: "/media/" + cover;
		ResponsiveImage image = sizes.of(src).orElse(null);
		String text = alt == null ? "" : alt;
		String below = caption == null || caption.isBlank() ? "" : InlineMarkdown.html(caption);
		return image == null ? new CoverImage(src, text, 0, 0, "", below)
				: new CoverImage(src, text, image.width(), image.height(), image.srcset(), below);
	}

}
