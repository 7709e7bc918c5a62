package org.haven.care;

import java.net.URI;

/**
 * Where readers outside the site's region find a service of their own country, e.g.
 * {@code https://findahelpline.com}.
 */
public record InternationalDirectory(String name, URI url) {
}
