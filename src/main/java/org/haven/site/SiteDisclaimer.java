package org.haven.site;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The site's default disclaimer under every article ({@code haven.site.disclaimer}); a
 * category's {@code disclaimer:} in {@code categories.yaml} replaces it for that
 * category's articles. Unset, themes show their own translated default sentence.
 */
@ConfigurationProperties("haven.site")
record SiteDisclaimer(@Nullable String disclaimer) {
}
