package org.haven.feed;

/** A feed a page can advertise: its title, absolute URL and media type. */
public record FeedLink(String title, String url, String type) {
}
