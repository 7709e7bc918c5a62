/**
 * The editor workspace: accounts and sign-in, the article editor with live preview, the
 * publishing workflow, revisions and their diffs, categories and tags, and the JSON API.
 * Changes articles only through {@link org.haven.article.ArticleEditing}, categories only
 * through {@link org.haven.taxonomy.CategoryEditing}.
 */
@NullMarked
package org.haven.editor;

import org.jspecify.annotations.NullMarked;
