package org.haven.site;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The head of a page: {@code <title>}, meta description, canonical URL, Open Graph,
 * schema.org JSON-LD and feed links. {@code jsonLd} is already serialised JSON with
 * {@code <} escaped, safe to write unescaped inside a script block. {@code keywords} feed
 * {@code <meta name="keywords">} (an article's front-matter {@code keywords}).
 */
public record PageMeta(String title, String description, String canonical, String ogType, @Nullable String ogImage,
		String jsonLd, List<FeedLink> feeds, boolean noindex, List<String> keywords) {

	public PageMeta {
		keywords = List.copyOf(keywords);
	}

	/** A head without meta keywords, as every page but an article's has. */
	public PageMeta(String title, String description, String canonical, String ogType, @Nullable String ogImage,
			String jsonLd, List<FeedLink> feeds, boolean noindex) {
		this(title, description, canonical, ogType, ogImage, jsonLd, feeds, noindex, List.of());
	}

	/** A feed for {@code <link rel="alternate">} and visible subscribe links. */
	public record FeedLink(String title, String url, String type) {
	}

}
