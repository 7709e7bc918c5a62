package org.haven.article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.haven.content.ContentException;
import org.haven.content.ContentProperties.UnknownCategories;
import org.haven.content.FrontMatter;
import org.haven.content.ParsedDocument;
import org.jspecify.annotations.Nullable;

/**
 * How one import reads the categories and authors articles name. Hugo sites name them
 * freely ("Anxiety", "Jane Doe"), so each is matched by slug or by name, ignoring case.
 * An article without a category gets the default one. An unknown category is declared
 * (and reported once, with the files that use it) or refuses the file, as configured; an
 * unknown author gets a profile stub in {@code content/authors/} and is reported.
 */
final class ImportVocabulary {

	/**
	 * The name of the category articles without one get when no default is configured.
	 */
	static final String FALLBACK_CATEGORY = "Uncategorised";

	/** Ways to declare what the folder lacks. */
	interface Newcomers {

		String declareCategory(Path root, String name);

		String declareAuthor(Path root, String name);

	}

	private final Path root;

	private final Map<String, String> categories;

	private final Map<String, String> authors;

	private final UnknownCategories policy;

	private final @Nullable String defaultCategory;

	private final Newcomers newcomers;

	private final Map<String, List<String>> createdCategories = new LinkedHashMap<>();

	private final Map<String, List<String>> createdAuthors = new LinkedHashMap<>();

	private final Set<String> categorySlugs;

	private final Set<String> authorSlugs;

	ImportVocabulary(Path root, Map<String, String> categories, Map<String, String> authors, UnknownCategories policy,
			@Nullable String defaultCategory, Newcomers newcomers) {
		this.root = root;
		this.categories = new LinkedHashMap<>(categories);
		this.authors = new LinkedHashMap<>(authors);
		this.policy = policy;
		this.defaultCategory = defaultCategory;
		this.newcomers = newcomers;
		this.categorySlugs = new HashSet<>(categories.values());
		this.authorSlugs = new HashSet<>(authors.values());
	}

	/** The declared category slugs, newcomers included, for the import checks. */
	Set<String> categorySlugs() {
		return categorySlugs;
	}

	/** The known author slugs, stubs included, for the import checks. */
	Set<String> authorSlugs() {
		return authorSlugs;
	}

	/** The document with its categories and authors as slugs. */
	ParsedDocument resolve(ParsedDocument doc) {
		FrontMatter fm = doc.frontMatter();
		List<String> names = fm.categories();
		if (names.isEmpty()) {
			String fallback = defaultCategory != null ? defaultCategory
					: policy == UnknownCategories.CREATE ? FALLBACK_CATEGORY : null;
			if (fallback == null) {
				throw new ContentException(doc.path(), 1,
						"missing 'categories': name one declared in categories.yaml, or set haven.content.default-category");
			}
			names = List.of(fallback);
		}
		List<String> categorySlugsOfDoc = new ArrayList<>();
		for (String name : names) {
			String slug = find(categories, name, n -> newCategory(doc, n));
			if (!categorySlugsOfDoc.contains(slug)) {
				categorySlugsOfDoc.add(slug);
				usedBy(createdCategories, slug, doc);
			}
		}
		List<String> authorSlugsOfDoc = new ArrayList<>();
		for (String name : fm.authors()) {
			String slug = find(authors, name, n -> newAuthor(doc, n));
			if (!authorSlugsOfDoc.contains(slug)) {
				authorSlugsOfDoc.add(slug);
				usedBy(createdAuthors, slug, doc);
			}
		}
		return doc.withFrontMatter(fm.withCategoriesAndAuthors(categorySlugsOfDoc, authorSlugsOfDoc));
	}

	/** Categories declared by this import, each with the files that named it. */
	Map<String, List<String>> createdCategories() {
		return createdCategories;
	}

	/** Author stubs written by this import, each with the files that named it. */
	Map<String, List<String>> createdAuthors() {
		return createdAuthors;
	}

	private static String find(Map<String, String> known, String name, Function<String, String> unknown) {
		String slug = known.get(name.strip().toLowerCase(Locale.ROOT));
		return slug != null ? slug : unknown.apply(name);
	}

	private String newCategory(ParsedDocument doc, String name) {
		if (policy == UnknownCategories.REJECT) {
			throw new ContentException(doc.path(), doc.frontMatter().lineOf("categories", "category"),
					"unknown category '" + name + "': declare it in categories.yaml (declared: "
							+ String.join(", ", categorySlugs.stream().sorted().toList()) + ")");
		}
		String slug = newcomers.declareCategory(root, name);
		remember(categories, categorySlugs, name, slug);
		createdCategories.putIfAbsent(slug, new ArrayList<>());
		return slug;
	}

	private String newAuthor(ParsedDocument doc, String name) {
		String slug = newcomers.declareAuthor(root, name);
		if (slug.isEmpty()) {
			throw new ContentException(doc.path(), doc.frontMatter().lineOf("authors", "author"),
					"author '" + name + "' has no letter or digit to make a profile address from");
		}
		remember(authors, authorSlugs, name, slug);
		createdAuthors.putIfAbsent(slug, new ArrayList<>());
		return slug;
	}

	/** Adds the file to the list of a newcomer it names. */
	private static void usedBy(Map<String, List<String>> created, String slug, ParsedDocument doc) {
		List<String> files = created.get(slug);
		if (files != null && !files.contains(doc.path())) {
			files.add(doc.path());
		}
	}

	private static void remember(Map<String, String> keys, Set<String> slugs, String name, String slug) {
		keys.put(name.strip().toLowerCase(Locale.ROOT), slug);
		keys.put(slug, slug);
		slugs.add(slug);
	}

}
