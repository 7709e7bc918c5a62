package org.haven.feed;

import java.util.ArrayList;
import java.util.List;

import org.haven.config.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * The feeds a page should advertise ({@code <link rel="alternate">}): the site's RSS and
 * Atom feeds always, and on a category, tag or author page that list's own feeds first.
 */
@Component
public class FeedCatalog {

	private final FeedSource source;

	private final SiteProperties site;

	FeedCatalog(FeedSource source, SiteProperties site) {
		this.source = source;
		this.site = site;
	}

	public List<FeedLink> links(FeedScope scope) {
		List<FeedLink> links = new ArrayList<>();
		if (scope.kind() != FeedScope.Kind.SITE) {
			source.title(scope).ifPresent(title -> links.addAll(both(scope, title)));
		}
		links.addAll(both(FeedScope.SITE, site.title()));
		return List.copyOf(links);
	}

	private List<FeedLink> both(FeedScope scope, String title) {
		return List.of(link(scope, title, FeedFormat.RSS), link(scope, title, FeedFormat.ATOM));
	}

	private FeedLink link(FeedScope scope, String title, FeedFormat format) {
		return new FeedLink(title + " (" + format.label() + ")", site.absolute(scope.feedPath(format)), format.type());
	}

}
