package org.haven.feed;

import java.util.List;

import org.haven.article.ArticleDetail;

/**
 * What one feed says: its name and description, the page it follows, and its newest
 * articles, newest first.
 */
record FeedContent(FeedScope scope, String title, String description, List<ArticleDetail> items) {
}
