package org.haven.theme;

/**
 * The active theme changed: caches of rendered pages and parsed templates must be
 * dropped.
 */
public record ThemeChanged(String name) {
}
