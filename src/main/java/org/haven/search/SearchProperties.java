package org.haven.search;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Full-text search.
 *
 * @param dir where the index lives; {@code <haven.site.data-dir>/search-index} when unset
 * @param pageSize results per page
 * @param maxQueryLength longer queries are cut to this many characters
 * @param index whether this run builds and keeps the index; off for runs that answer no
 * search (the static export), which leave the index as it was for the next run to bring
 * up to date
 */
@Validated
@ConfigurationProperties("haven.search")
public record SearchProperties(@Nullable Path dir, @DefaultValue("10") @Min(1) @Max(100) int pageSize,
		@DefaultValue("200") @Min(1) @Max(1000) int maxQueryLength, @DefaultValue("true") boolean index) {
}
