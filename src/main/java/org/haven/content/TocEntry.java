package org.haven.content;

/**
 * One heading in an article's table of contents; {@code level} is 2 or 3 after demotion.
 */
public record TocEntry(int level, String id, String text) {
}
