/**
 * Feeds (RSS 2.0 and Atom 1.0 for the site, each category, tag and author), the sitemap
 * and robots.txt, built from published articles and cached until an article event.
 */
@NullMarked
package org.haven.feed;

import org.jspecify.annotations.NullMarked;
