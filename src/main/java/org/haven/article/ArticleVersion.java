package org.haven.article;

import java.time.Instant;

/** A visible article's id, version (one more with every save) and publication time. */
public record ArticleVersion(long id, long version, Instant publishedAt) {

}
