package org.haven.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The anonymous page cache.
 *
 * @param enabled serve anonymous GETs from prepared bytes
 * @param maxSize how much rendered output (plain and gzip together) to keep
 * @param maxAge how long a prepared page is served before it is rendered again, so that
 * the signed form tokens in reader forms (valid for a day) are always fresh enough
 * @param staleGrace how long after an ordinary content change the previous version of a
 * page may still be given to readers who arrive while its new version renders; zero turns
 * this off (see {@link AnonymousPageCache})
 */
@ConfigurationProperties("haven.web.page-cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("32MB") DataSize maxSize,
		@DefaultValue("1h") Duration maxAge, @DefaultValue("2s") Duration staleGrace) {

	public PageCacheProperties {
		if (staleGrace.isNegative() || staleGrace.compareTo(Duration.ofSeconds(30)) > 0) {
			throw new IllegalArgumentException(
					"haven.web.page-cache.stale-grace must be between 0 and 30s, not " + staleGrace);
		}
	}

}
