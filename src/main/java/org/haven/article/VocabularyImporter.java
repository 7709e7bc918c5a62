package org.haven.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.haven.content.ContentException;
import org.haven.content.ContentReader;
import org.haven.content.FrontMatter;
import org.haven.content.ParsedDocument;
import org.haven.content.Slugs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Imports what articles refer to: declared categories, author profiles, and standing pages. */
@Component
class VocabularyImporter {

	static final String CATEGORIES_FILE = "categories.yaml";

	private final CategoryRepository categories;

	private final AuthorRepository authors;

	private final PageRepository pages;

	private final Clock clock;

	private final SlugRedirects redirects;

	private final ContentReader reader;

	VocabularyImporter(CategoryRepository categories, AuthorRepository authors, PageRepository pages, Clock clock,
			SlugRedirects redirects, ContentReader reader) {
		this.redirects = redirects;
		this.reader = reader;
		this.categories = categories;
		this.authors = authors;
		this.pages = pages;
		this.clock = clock;
	}

	/**
	 * Imports the declared categories; returns whether any was added or changed. A category renamed or merged away in
	 * the editor stays away: an old copy of the file that still declares it is reported, not imported.
	 */
	@Transactional
	boolean importCategories(Path root, List<ImportProblem> problems) {
		Path file = root.resolve(CATEGORIES_FILE);
		if (!Files.exists(file)) {
			return false;
		}
		List<?> entries;
		try {
			Object loaded = new Yaml(new SafeConstructor(new LoaderOptions()))
				.load(Files.readString(file, StandardCharsets.UTF_8));
			entries = loaded instanceof List<?> list ? list : List.of();
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() == null ? 1 : ex.getProblemMark().getLine() + 1;
			problems.add(new ImportProblem(CATEGORIES_FILE, line, "broken YAML: " + ex.getProblem()));
			return false;
		}
		catch (IOException ex) {
			problems.add(new ImportProblem(CATEGORIES_FILE, 1, "cannot read: " + ex.getMessage()));
			return false;
		}
		boolean changed = false;
		int position = 0;
		for (Object entry : entries) {
			position++;
			if (!(entry instanceof Map<?, ?> map) || map.get("name") == null) {
				problems.add(new ImportProblem(CATEGORIES_FILE, 1,
						"entry " + position + " needs at least a 'name' (and usually 'slug' and 'description')"));
				continue;
			}
			String name = map.get("name").toString().strip();
			String slug = map.get("slug") != null ? map.get("slug").toString().strip() : Slugs.of(name);
			String description = map.get("description") != null ? map.get("description").toString().strip() : "";
			int order = map.get("order") instanceof Number n ? n.intValue() : position;
			String movedTo = redirects.find(SlugRedirect.Kind.CATEGORY, slug).orElse(null);
			if (movedTo != null) {
				problems.add(new ImportProblem(CATEGORIES_FILE, 1, "category '" + slug + "' was renamed or merged into '"
						+ movedTo + "' in the editor: remove it from the file (or create it again in the editor)"));
				continue;
			}
			Category category = categories.findBySlug(slug).orElseGet(() -> new Category(slug));
			if (!category.matches(name, description, order)) {
				category.update(name, description, order);
				categories.save(category);
				changed = true;
			}
		}
		return changed;
	}

	/** Imports author profiles; returns whether any was added or changed. */
	@Transactional
	boolean importAuthors(Path root, List<ImportProblem> problems) {
		boolean changed = false;
		for (Path file : ContentFiles.markdownIn(root.resolve("authors"))) {
			String path = ContentFiles.relative(root, file);
			try {
				ParsedDocument doc = reader.read(path, ContentFiles.read(file));
				FrontMatter fm = doc.frontMatter();
				String name = fm.extraString("name") != null ? fm.extraString("name") : fm.title();
				if (name == null) {
					throw new ContentException(path, 1, "an author needs a 'name'");
				}
				Author author = authors.findBySlug(doc.slug()).orElseGet(() -> new Author(doc.slug()));
				if (!doc.contentHash().equals(author.getContentHash())) {
					author.update(name, fm.extraString("credentials"), fm.extraString("role"), doc.rendered().html(),
							path, doc.contentHash());
					authors.save(author);
					changed = true;
				}
			}
			catch (ContentException ex) {
				problems.add(new ImportProblem(ex.file(), ex.line(), ex.reason()));
			}
		}
		return changed;
	}

	/** Imports pages; returns whether any page changed. */
	@Transactional
	boolean importPages(Path root, List<ImportProblem> problems) {
		boolean changed = false;
		Set<String> seen = new HashSet<>();
		for (Path file : ContentFiles.markdownIn(root.resolve("pages"))) {
			String path = ContentFiles.relative(root, file);
			try {
				ParsedDocument doc = reader.read(path, ContentFiles.read(file));
				if (doc.frontMatter().title() == null) {
					throw new ContentException(path, 1, "missing 'title'");
				}
				if (!Slugs.isValid(doc.slug())) {
					throw new ContentException(path, doc.frontMatter().lineOf("slug"),
							"slug '" + doc.slug() + "' must be lowercase letters, digits and hyphens");
				}
				seen.add(path);
				Page page = pages.findBySlug(doc.slug()).orElseGet(() -> new Page(doc.slug()));
				if (!doc.contentHash().equals(page.getContentHash()) || !page.isPublished()) {
					page.update(doc.frontMatter().title(), doc.summary(), doc.rendered().html(), clock.instant(), path,
							doc.contentHash());
					pages.save(page);
					changed = true;
				}
			}
			catch (ContentException ex) {
				problems.add(new ImportProblem(ex.file(), ex.line(), ex.reason()));
			}
		}
		for (Page page : pages.findAll()) {
			if (page.isPublished() && page.getSourcePath() != null && !seen.contains(page.getSourcePath())
					&& !Files.exists(root.resolve(page.getSourcePath()))) {
				page.withdraw();
				changed = true;
			}
		}
		return changed;
	}

	Set<String> categorySlugs() {
		Set<String> slugs = new HashSet<>();
		categories.findAll().forEach(c -> slugs.add(c.getSlug()));
		return slugs;
	}

	Set<String> authorSlugs() {
		Set<String> slugs = new HashSet<>();
		authors.findAll().forEach(a -> slugs.add(a.getSlug()));
		return slugs;
	}

}
