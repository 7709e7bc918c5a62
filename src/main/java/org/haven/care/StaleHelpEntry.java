package org.haven.care;

/** A help entry whose {@code checked} day is more than a year old. */
public record StaleHelpEntry(String region, HelpService service) {
}
