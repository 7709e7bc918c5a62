package org.haven.article;

/**
 * Something readers see changed outside a single article (pages, authors, categories) or an import finished. Caches of
 * whole pages listen to this.
 */
public record SiteContentChanged(String reason) {
}
