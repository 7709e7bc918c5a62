package org.haven.feed;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /sitemap.xml}, its parts {@code /sitemap-n.xml} when split, and
 * {@code /robots.txt}.
 */
@RestController
class SitemapController {

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

	private final Sitemaps sitemaps;

	SitemapController(Sitemaps sitemaps) {
		this.sitemaps = sitemaps;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> sitemap(WebRequest request) {
		return ConditionalResponses.respond(sitemaps.sitemap(), XML, request);
	}

	@GetMapping("/sitemap-{number:\\d{1,6}}.xml")
	ResponseEntity<byte[]> part(@PathVariable int number, WebRequest request) {
		FeedDocument part = sitemaps.part(number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no sitemap part " + number));
		return ConditionalResponses.respond(part, XML, request);
	}

	@GetMapping("/robots.txt")
	ResponseEntity<byte[]> robots(WebRequest request) {
		return ConditionalResponses.respond(sitemaps.robots(), TEXT, request);
	}

}
