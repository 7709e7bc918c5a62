package org.haven.feed;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * RSS ({@code feed.xml}) and Atom ({@code atom.xml}) for the site and for each category,
 * tag and author.
 */
@RestController
class FeedController {

	private final Feeds feeds;

	FeedController(Feeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/feed.xml")
	ResponseEntity<byte[]> siteRss(WebRequest request) {
		return serve(FeedScope.SITE, FeedFormat.RSS, request);
	}

	@GetMapping("/atom.xml")
	ResponseEntity<byte[]> siteAtom(WebRequest request) {
		return serve(FeedScope.SITE, FeedFormat.ATOM, request);
	}

	@GetMapping("/{kind:categories|tags|authors}/{slug}/feed.xml")
	ResponseEntity<byte[]> rss(@PathVariable String kind, @PathVariable String slug, WebRequest request) {
		return serve(scope(kind, slug), FeedFormat.RSS, request);
	}

	@GetMapping("/{kind:categories|tags|authors}/{slug}/atom.xml")
	ResponseEntity<byte[]> atom(@PathVariable String kind, @PathVariable String slug, WebRequest request) {
		return serve(scope(kind, slug), FeedFormat.ATOM, request);
	}

	private static FeedScope scope(String kind, String slug) {
		FeedScope.Kind k = switch (kind) {
			case "categories" -> FeedScope.Kind.CATEGORY;
			case "tags" -> FeedScope.Kind.TAG;
			default -> FeedScope.Kind.AUTHOR;
		};
		return new FeedScope(k, slug);
	}

	/**
	 * A feed, or a 301 to where the feed of a renamed or merged category or tag lives
	 * now.
	 */
	private ResponseEntity<byte[]> serve(FeedScope scope, FeedFormat format, WebRequest request) {
		FeedDocument feed = feeds.feed(scope, format).orElse(null);
		if (feed != null) {
			return ConditionalResponses.respond(feed, format.mediaType(), request);
		}
		FeedScope moved = feeds.movedTo(scope)
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no feed at " + scope.feedPath(format)));
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(moved.feedPath(format))).build();
	}

}
