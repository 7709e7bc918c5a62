package org.haven.config;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the whole site is: its name, address and locale, where its data lives, the region
 * whose crisis services every page shows, and the time zone its dates are shown in and
 * editors schedule in.
 *
 * @param locale the language readers get ({@code haven.site.locale}, a BCP 47 tag such as
 * {@code en-GB} or {@code de-DE}): theme words, {@code <html lang>}, dates, feeds
 * @param language the same as a tag; always {@code locale}'s tag once bound. Setting it
 * ({@code haven.site.language}, the key's older name) still works when {@code locale} is
 * not set
 * @param region the country whose crisis and support services the site shows (ISO 3166
 * code, {@code help.yaml})
 */
@Validated
@ConfigurationProperties("haven.site")
public record SiteProperties(@NotBlank String title, @NotBlank String description, @NotNull URI baseUrl,
		@Nullable String language, @Nullable Locale locale, @NotNull Path dataDir, @DefaultValue("GB") String region,
		@DefaultValue("UTC") ZoneId timeZone) {

	/** The locale when neither {@code locale} nor {@code language} is set. */
	public static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("en-GB");

	public SiteProperties {
		if (locale == null) {
			locale = language == null || language.isBlank() ? DEFAULT_LOCALE : Locale.forLanguageTag(language.strip());
		}
		language = locale.toLanguageTag();
	}

	@Override
	public String language() {
		return language == null ? locale().toLanguageTag() : language;
	}

	@Override
	public Locale locale() {
		return locale == null ? DEFAULT_LOCALE : locale;
	}

	/**
	 * An absolute URL for a site path such as {@code /articles/x}. Characters beyond
	 * ASCII (a tag slug in another script) are percent-encoded as UTF-8, because
	 * sitemaps, feeds and Location headers need plain URIs.
	 */
	public String absolute(String path) {
		String base = baseUrl.toString();
		if (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return base + asciiOnly(path);
	}

	private static String asciiOnly(String path) {
		if (path.chars().allMatch(c -> c < 0x80)) {
			return path;
		}
		StringBuilder encoded = new StringBuilder(path.length() * 3);
		for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
			if (b >= 0) {
				encoded.append((char) b);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xFF));
			}
		}
		return encoded.toString();
	}

}
