package org.haven.article;

/**
 * A visible article as the full-text index reads it: its card and its body as plain text,
 * rendered with the HTML.
 */
public record ArticleText(ArticleCard card, String bodyText) {

}
