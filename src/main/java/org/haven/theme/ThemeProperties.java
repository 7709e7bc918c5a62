package org.haven.theme;

import java.nio.file.Path;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which theme readers see, and where themes live.
 *
 * @param dir the folder holding one sub-folder per theme
 * @param active the theme in use; falls back to {@code calm} if it is missing or broken
 * @param cache keep parsed templates in memory (off in the {@code dev} profile, so edits
 * show on reload)
 * @param settings overrides of the active theme's settings, e.g.
 * {@code haven.theme.settings.accent=#3b6e8f}
 * @param shippedDir where the themes packaged in the jar are unpacked when {@code dir}
 * lacks them (none: not unpacked)
 */
@Validated
@ConfigurationProperties("haven.theme")
public record ThemeProperties(@NotNull Path dir, @NotBlank String active, @DefaultValue("true") boolean cache,
		@DefaultValue Map<String, String> settings, @Nullable Path shippedDir) {

	/**
	 * The theme shipped complete with Haven, used when the chosen one cannot be loaded.
	 */
	public static final String DEFAULT_THEME = "calm";

}
