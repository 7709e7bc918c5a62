package org.haven.taxonomy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.haven.content.ImportProblem;
import org.haven.content.Slugs;
import org.haven.taxonomy.SlugRedirect.Kind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Imports the declared categories from {@code content/categories.yaml}, before the
 * articles that name them.
 */
@Component
public class CategoryImporter {

	private final CategoryRepository categories;

	private final SlugRedirects redirects;

	CategoryImporter(CategoryRepository categories, SlugRedirects redirects) {
		this.categories = categories;
		this.redirects = redirects;
	}

	/**
	 * Imports the declared categories; returns whether any was added or changed. A
	 * category renamed or merged away in the editor stays away: an old copy of the file
	 * that still declares it is reported, not imported.
	 */
	@Transactional
	public boolean importCategories(Path root, List<ImportProblem> problems) {
		Path file = root.resolve(CategoriesFile.NAME);
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
			problems.add(new ImportProblem(CategoriesFile.NAME, line, "broken YAML: " + ex.getProblem()));
			return false;
		}
		catch (IOException ex) {
			problems.add(new ImportProblem(CategoriesFile.NAME, 1, "cannot read: " + ex.getMessage()));
			return false;
		}
		boolean changed = false;
		int position = 0;
		for (Object entry : entries) {
			position++;
			if (!(entry instanceof Map<?, ?> map) || map.get("name") == null) {
				problems.add(new ImportProblem(CategoriesFile.NAME, 1,
						"entry " + position + " needs at least a 'name' (and usually 'slug' and 'description')"));
				continue;
			}
			String name = map.get("name").toString().strip();
			String slug = map.get("slug") != null ? map.get("slug").toString().strip() : Slugs.of(name);
			if (!Slugs.isValid(slug)) {
				problems.add(new ImportProblem(CategoriesFile.NAME, 1, "category '" + name
						+ "' needs a 'slug' of lowercase letters, digits and hyphens, such as 'self-care'"));
				continue;
			}
			String description = map.get("description") != null ? map.get("description").toString().strip() : "";
			int order = map.get("order") instanceof Number n ? n.intValue() : position;
			String movedTo = redirects.find(Kind.CATEGORY, slug).orElse(null);
			if (movedTo != null) {
				problems.add(new ImportProblem(CategoriesFile.NAME, 1,
						"category '" + slug + "' was renamed or merged into '" + movedTo
								+ "' in the editor: remove it from the file (or create it again in the editor)"));
				continue;
			}
			Integer interval = map.get("review_interval") instanceof Number n && n.intValue() > 0 ? n.intValue() : null;
			if (map.get("review_interval") != null && interval == null) {
				problems.add(new ImportProblem(CategoriesFile.NAME, 1,
						"category '" + slug + "': review_interval is a whole number of months, such as 12"));
			}
			String disclaimer = map.get("disclaimer") != null && !map.get("disclaimer").toString().isBlank()
					? map.get("disclaimer").toString().strip() : null;
			Integer grade = map.get("reading_grade") instanceof Number n && n.intValue() > 0 ? n.intValue() : null;
			if (map.get("reading_grade") != null && grade == null) {
				problems.add(new ImportProblem(CategoriesFile.NAME, 1,
						"category '" + slug + "': reading_grade is a school grade, such as 9"));
			}
			Category category = categories.findBySlug(slug).orElseGet(() -> new Category(slug));
			if (!category.matches(name, description, order)
					|| !Objects.equals(category.getReviewIntervalMonths(), interval)
					|| !Objects.equals(category.getDisclaimer(), disclaimer)
					|| !Objects.equals(category.getReadingGrade(), grade)) {
				category.update(name, description, order);
				category.setReviewIntervalMonths(interval);
				category.setDisclaimer(disclaimer);
				category.setReadingGrade(grade);
				categories.save(category);
				changed = true;
			}
		}
		return changed;
	}

}
