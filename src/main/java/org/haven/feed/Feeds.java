package org.haven.feed;

import java.util.Optional;

import org.haven.care.CrisisTopics;
import org.haven.care.HelpDirectory;
import org.haven.config.SiteProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The feed of a scope in a format, as prepared bytes; empty when the scope does not
 * exist.
 */
@Service
class Feeds {

	private final FeedSource source;

	private final PreparedDocuments prepared;

	private final FeedProperties properties;

	private final SyndFeedBuilder builder;

	Feeds(FeedSource source, PreparedDocuments prepared, FeedProperties properties, SiteProperties site,
			MessageSource messages, HelpDirectory help, CrisisTopics crisisTopics) {
		this.source = source;
		this.prepared = prepared;
		this.properties = properties;
		this.builder = new SyndFeedBuilder(site, new ItemPreamble(messages, site.locale(), crisisTopics::concern,
				help.mainService(), site.absolute(HelpDirectory.PAGE)));
	}

	Optional<FeedDocument> feed(FeedScope scope, FeedFormat format) {
		return prepared.get(scope.feedPath(format), () -> source.content(scope)
			.map(content -> FeedDocument.of(
					FeedWriter.write(builder.build(content, format, properties.content().of(scope.kind())), format),
					SyndFeedBuilder.lastUpdated(content))));
	}

	/**
	 * Where the feed of a renamed or merged category or tag moved to, for a scope that
	 * has no feed.
	 */
	Optional<FeedScope> movedTo(FeedScope scope) {
		return source.movedTo(scope);
	}

}
