package org.haven.feed;

/**
 * {@code /robots.txt}: everything public may be crawled except the admin and the JSON
 * API; names the sitemap.
 */
final class RobotsTxt {

	private RobotsTxt() {
	}

	static String of(String sitemapUrl) {
		return """
				User-agent: *
				Disallow: /admin
				Disallow: /api/

				Sitemap: %s
				""".formatted(sitemapUrl);
	}

}
