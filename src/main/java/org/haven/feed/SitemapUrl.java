package org.haven.feed;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One {@code <url>} of a sitemap: an absolute address and, when known, when its content
 * last changed.
 */
record SitemapUrl(String loc, @Nullable Instant lastmod) {
}
