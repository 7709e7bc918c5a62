package org.haven.article;

/**
 * What the database knows of an article's source file, so the importer can skip unchanged
 * files (a projection).
 */
record SourceEntry(String sourcePath, String contentHash, long id, String slug) {
}
