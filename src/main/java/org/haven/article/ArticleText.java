package org.haven.article;

/**
 * A visible article as the full-text index reads it: its card and its body as plain text,
 * rendered with the HTML, and the version of the article they were read at (which every
 * stored change increases), so an index can tell later which of its documents are stale.
 */
public record ArticleText(ArticleCard card, String bodyText, long version) {

}
