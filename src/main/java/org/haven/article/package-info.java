/**
 * Articles, pages and authors: the system of record, filed under the {@code taxonomy}
 * vocabulary. Imports {@code content/}, keeps revisions, answers reader queries through
 * {@link org.haven.article.Articles} and announces changes as {@link ArticleEvent}s.
 */
@NullMarked
package org.haven.article;

import org.jspecify.annotations.NullMarked;
