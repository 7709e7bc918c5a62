package org.haven.content;

import java.util.Optional;

/**
 * What the pipeline may know about a local image named in Markdown: its size and smaller
 * copies. With it, the rendered {@code <img>} gets {@code width}/{@code height} (no
 * layout shift while it loads) and a {@code srcset} (phones download a small copy). The
 * content module does no I/O itself; whoever stores images answers.
 */
@FunctionalInterface
public interface ImageSizes {

	/** Knows nothing: images render as plain {@code <img src alt>}. */
	ImageSizes NONE = src -> Optional.empty();

	/**
	 * The image at {@code src} as written in the Markdown (for example
	 * {@code /media/lake.jpg}), if known.
	 */
	Optional<ResponsiveImage> of(String src);

}
