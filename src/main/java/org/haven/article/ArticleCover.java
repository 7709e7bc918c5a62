package org.haven.article;

import org.jspecify.annotations.Nullable;

/**
 * An article's cover image and its description, read without the article's body: what a
 * lead card needs.
 */
public record ArticleCover(long articleId, String image, @Nullable String description) {

}
