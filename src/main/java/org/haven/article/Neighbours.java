package org.haven.article;

import org.jspecify.annotations.Nullable;

/** The previous (older) and next (newer) article in the same category. */
public record Neighbours(@Nullable ArticleCard previous, @Nullable ArticleCard next) {
}
