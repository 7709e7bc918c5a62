package org.haven.feed;

import org.springframework.http.MediaType;

/**
 * The two syndication formats, with Rome's feed type, the file name and the media type
 * served.
 */
public enum FeedFormat {

	RSS("rss_2.0", "feed.xml", "application/rss+xml", "RSS"),
	ATOM("atom_1.0", "atom.xml", "application/atom+xml", "Atom");

	private final String romeType;

	private final String fileName;

	private final String type;

	private final String label;

	FeedFormat(String romeType, String fileName, String type, String label) {
		this.romeType = romeType;
		this.fileName = fileName;
		this.type = type;
		this.label = label;
	}

	String romeType() {
		return romeType;
	}

	public String fileName() {
		return fileName;
	}

	/** The media type without parameters, as {@code <link type>} wants it. */
	public String type() {
		return type;
	}

	public String label() {
		return label;
	}

	MediaType mediaType() {
		return MediaType.parseMediaType(type + ";charset=UTF-8");
	}

}
