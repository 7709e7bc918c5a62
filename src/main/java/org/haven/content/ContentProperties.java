package org.haven.content;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the Git-friendly face of the content lives and how it is imported.
 *
 * @param dir the content folder ({@code articles/}, {@code pages/}, {@code authors/},
 * {@code categories.yaml})
 * @param importOnStartup import the folder when the application starts
 * @param watch re-import when files change (on in the {@code dev} profile)
 * @param defaultCategory the category (slug or name) of an article that names none;
 * without it such an article is refused
 * @param unknownCategories what an import does with a category that
 * {@code categories.yaml} does not declare: create it (and report it) or reject the file
 */
@Validated
@ConfigurationProperties("haven.content")
public record ContentProperties(@NotNull Path dir, boolean importOnStartup, boolean watch,
		@Nullable String defaultCategory, @DefaultValue("create") UnknownCategories unknownCategories) {

	/** What happens to a category an article names but nobody declared. */
	public enum UnknownCategories {

		/**
		 * Declare it in {@code categories.yaml} and report it with the files using it.
		 */
		CREATE,
		/** Refuse the article, naming file and line. */
		REJECT

	}

}
