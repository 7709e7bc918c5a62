package org.haven.taxonomy;

import org.jspecify.annotations.Nullable;

/**
 * A category as an editor writes it. A blank slug is made from the name for a new
 * category and kept for an existing one; a missing order puts a new category last and
 * leaves an existing one where it is.
 */
public record CategoryDraft(String name, String slug, String description, @Nullable Integer order) {
}
