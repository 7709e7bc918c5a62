package org.haven.web;

import java.time.Duration;

import org.haven.common.HeapShare;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The anonymous page cache.
 *
 * @param enabled serve anonymous GETs from prepared bytes
 * @param maxSize how much rendered output (plain and gzip together) to keep; by default
 * 32 MB, or an eighth of the heap if that is less
 * @param maxAge how long a prepared page is served before it is rendered again, so that
 * the signed form tokens in reader forms (valid for a day) are always fresh enough
 * @param staleGrace how long after an ordinary content change the previous version of a
 * page may still be given to readers who arrive while its new version renders; zero turns
 * this off (see {@link AnonymousPageCache})
 */
@ConfigurationProperties("haven.web.page-cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled, @Nullable DataSize maxSize,
		@DefaultValue("1h") Duration maxAge, @DefaultValue("2s") Duration staleGrace) {

	static final DataSize DEFAULT_MAX_SIZE = DataSize.ofMegabytes(32);

	public PageCacheProperties {
		if (maxSize == null) {
			maxSize = HeapShare.atMost(DEFAULT_MAX_SIZE, 8);
		}
		if (staleGrace.isNegative() || staleGrace.compareTo(Duration.ofSeconds(30)) > 0) {
			throw new IllegalArgumentException(
					"haven.web.page-cache.stale-grace must be between 0 and 30s, not " + staleGrace);
		}
	}

}
