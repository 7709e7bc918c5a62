package org.haven.article;

/** An article's address and id (a query projection). */
record ArticleKeys(String slug, long id) {
}
