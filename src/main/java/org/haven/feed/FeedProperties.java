package org.haven.feed;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Feed settings.
 *
 * @param items how many of the newest articles each feed carries
 * @param content whether each kind of feed carries the full article or only its summary
 */
@Validated
@ConfigurationProperties("haven.feed")
public record FeedProperties(@DefaultValue("20") @Min(1) @Max(500) int items,
		@DefaultValue @Valid ContentModes content) {

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
