package org.haven.content;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the Git-friendly face of the content lives and how it is imported.
 *
 * @param dir the content folder ({@code articles/}, {@code pages/}, {@code authors/},
 * {@code categories.yaml})
 * @param importOnStartup import the folder when the application starts
 * @param watch re-import when files change (on in the {@code dev} profile)
 */
@Validated
@ConfigurationProperties("haven.content")
public record ContentProperties(@NotNull Path dir, boolean importOnStartup, boolean watch) {
}
