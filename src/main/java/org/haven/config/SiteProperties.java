package org.haven.config;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the whole site is: its name, address and language, where its data lives, the
 * crisis-support line every page shows in its footer, and the time zone its dates are
 * shown in and editors schedule in.
 */
@Validated
@ConfigurationProperties("haven.site")
public record SiteProperties(@NotBlank String title, @NotBlank String description, @NotNull URI baseUrl,
		@NotBlank String language, @NotNull Path dataDir, @Valid @NotNull Crisis crisis,
		@DefaultValue("UTC") ZoneId timeZone) {

	/** The crisis-support line: a short sentence and, optionally, where to find help. */
	public record Crisis(@NotBlank String text, String linkText, URI link) {
	}

	public Locale locale() {
		return Locale.forLanguageTag(language);
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
