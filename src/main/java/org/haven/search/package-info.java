/**
 * Full-text search over published articles: a Lucene index behind
 * {@link org.haven.search.SearchIndex}, refreshed on article events, with English
 * stemming, boosted titles and tags, filters and highlighted snippets.
 */
@NullMarked
package org.haven.search;

import org.jspecify.annotations.NullMarked;
