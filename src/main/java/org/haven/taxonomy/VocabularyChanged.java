package org.haven.taxonomy;

/**
 * Categories were created, edited, renamed or merged; names on every card may have
 * changed.
 */
public record VocabularyChanged(String reason) {
}
