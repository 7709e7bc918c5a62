package org.haven.feed;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.haven.common.HeapShare;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Feed settings.
 *
 * @param items how many of the newest articles each feed carries
 * @param content whether each kind of feed carries the full article or only its summary
 * @param sitemapUrls how many addresses one sitemap file holds; beyond that
 * {@code /sitemap.xml} is an index of parts. 2,000, as WordPress's own sitemaps: a part
 * stays small enough to fetch in one go, and the older parts rarely change, so a crawler
 * asking again gets a 304 for them. The protocol allows up to 50,000.
 * @param cacheSize how many bytes of generated feeds, sitemaps and robots.txt are kept in
 * memory between changes; the documents asked for most stay, the rest are built again. By
 * default 16 MB, or a sixteenth of the heap if that is less.
 */
@Validated
@ConfigurationProperties("haven.feed")
public record FeedProperties(@DefaultValue("20") @Min(1) @Max(500) int items, @DefaultValue @Valid ContentModes content,
		@DefaultValue("2000") @Min(1) @Max(SitemapBuilder.MAX_URLS) int sitemapUrls, @Nullable DataSize cacheSize) {

	static final DataSize DEFAULT_CACHE_SIZE = DataSize.ofMegabytes(16);

	public FeedProperties {
		if (cacheSize == null) {
			cacheSize = HeapShare.atMost(DEFAULT_CACHE_SIZE, 16);
		}
	}

	/** What an item carries: the whole sanitised article, or only its summary. */
	public enum Content {

		FULL, SUMMARY

	}

	/** The content mode per kind of feed, e.g. {@code haven.feed.content.tag=summary}. */
	public record ContentModes(@DefaultValue("full") Content site, @DefaultValue("full") Content category,
			@DefaultValue("full") Content tag, @DefaultValue("full") Content author) {

		Content of(FeedScope.Kind kind) {
			return switch (kind) {
				case SITE -> site;
				case CATEGORY -> category;
				case TAG -> tag;
				case AUTHOR -> author;
			};
		}

	}

}
