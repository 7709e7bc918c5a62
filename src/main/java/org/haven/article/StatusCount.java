package org.haven.article;

/** How many articles are in one status (a query projection). */
record StatusCount(ArticleStatus status, long count) {
}
