package org.haven.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The anonymous page cache.
 *
 * @param enabled serve anonymous GETs from prepared bytes
 * @param maxSize how much rendered output (plain and gzip together) to keep
 */
@ConfigurationProperties("haven.web.page-cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("32MB") DataSize maxSize) {
}
