package org.haven.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An image's display size and the copies a browser may choose from.
 *
 * @param width the width the image displays at, in CSS pixels at 1x (after any EXIF
 * rotation)
 * @param height the matching height
 * @param candidates the copies, smallest first, the original last; one candidate means
 * nothing to choose from
 */
public record ResponsiveImage(int width, int height, List<Candidate> candidates) {

	public ResponsiveImage {
		candidates = List.copyOf(candidates);
	}

	/** One copy: where it is and how wide it is. */
	public record Candidate(String url, int width) {
	}

	/**
	 * The {@code srcset} value, e.g.
	 * {@code /media/480w/lake.jpg 480w, /media/lake.jpg 1800w}; empty if no choice.
	 */
	public String srcset() {
		if (candidates.size() < 2) {
			return "";
		}
		return candidates.stream().map(c -> c.url() + " " + c.width() + "w").collect(Collectors.joining(", "));
	}

}
