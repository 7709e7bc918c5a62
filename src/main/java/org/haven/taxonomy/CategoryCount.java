package org.haven.taxonomy;

/** How many articles name a category as their primary one (a query projection). */
public record CategoryCount(String slug, long count) {
}
