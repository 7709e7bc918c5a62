/**
 * The editor workspace: accounts and sign-in, the article editor with live preview, the publishing workflow,
 * revisions and their diffs. Changes articles only through {@link org.haven.article.ArticleEditing}.
 */
@NullMarked
package org.haven.editor;

import org.jspecify.annotations.NullMarked;
