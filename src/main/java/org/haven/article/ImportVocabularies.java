package org.haven.article;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.haven.content.ContentProperties;
import org.haven.content.ContentProperties.UnknownCategories;
import org.haven.taxonomy.FoundCategories;
import org.springframework.stereotype.Component;

/**
 * Builds each import's {@link ImportVocabulary} from what the database holds after the
 * categories and authors of the folder were imported.
 */
@Component
class ImportVocabularies implements ImportVocabulary.Newcomers {

	private final FoundCategories categories;

	private final AuthorStubs authors;

	private final ContentProperties properties;

	ImportVocabularies(FoundCategories categories, AuthorStubs authors, ContentProperties properties) {
		this.categories = categories;
		this.authors = authors;
		this.properties = properties;
	}

	ImportVocabulary forImport(Path root, UnknownCategories unknownCategories) {
		Map<String, String> authorKeys = new LinkedHashMap<>();
		authors.all().forEach((slug, name) -> {
			authorKeys.put(slug.toLowerCase(Locale.ROOT), slug);
			authorKeys.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), slug);
		});
		return new ImportVocabulary(root, categories.slugsByKey(), authorKeys, unknownCategories,
				properties.defaultCategory(), this);
	}

	/** The site's rule for unknown categories. */
	UnknownCategories unknownCategories() {
		return properties.unknownCategories();
	}

	/** The configured content folder. */
	Path contentDir() {
		return properties.dir();
	}

	@Override
	public String declareCategory(Path root, String name) {
		return categories.declare(root, name);
	}

	/**
	 * Declares a category with a description, as an importer from another system does.
	 */
	String declareCategory(Path root, String name, String description) {
		return categories.declare(root, name, description);
	}

	@Override
	public String declareAuthor(Path root, String name) {
		return authors.declare(root, name);
	}

}
