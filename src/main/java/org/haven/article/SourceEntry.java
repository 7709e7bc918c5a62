package org.haven.article;

import org.jspecify.annotations.Nullable;

/**
 * What the database knows of an article's source file, so the importer can skip unchanged
 * files (a projection). No hash means the file must be read again (V103 clears it once).
 */
record SourceEntry(String sourcePath, @Nullable String contentHash, long id, String slug) {
}
