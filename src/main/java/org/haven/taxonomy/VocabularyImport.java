package org.haven.taxonomy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.haven.content.ImportProblem;
import org.springframework.stereotype.Component;

/**
 * The vocabulary part of a content import, run before the articles that use it: the
 * declared categories, then the content notes. Returns what articles are validated
 * against.
 */
@Component
public class VocabularyImport {

	/**
	 * What the import found: whether anything readers see changed, and the slugs articles
	 * may use.
	 */
	public record Imported(boolean changed, Set<String> categories, Set<String> contentNotes) {
	}

	private final CategoryImporter categoryImporter;

	private final Categories categories;

	private final ContentNotes contentNotes;

	VocabularyImport(CategoryImporter categoryImporter, Categories categories, ContentNotes contentNotes) {
		this.categoryImporter = categoryImporter;
		this.categories = categories;
		this.contentNotes = contentNotes;
	}

	public Imported importFrom(Path root, List<ImportProblem> problems) {
		boolean categoriesChanged = categoryImporter.importCategories(root, problems);
		boolean notesChanged = contentNotes.load(root, problems);
		return new Imported(categoriesChanged || notesChanged, categories.slugs(), contentNotes.slugs());
	}

}
