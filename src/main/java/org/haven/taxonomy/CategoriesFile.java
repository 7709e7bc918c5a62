package org.haven.taxonomy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.haven.content.AtomicFiles;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes {@code content/categories.yaml} from the declared categories after an editor
 * changes them, atomically (like article files), so that the importer reads back exactly
 * what the database holds. The comment lines at the top of the file are kept; every entry
 * is written with its slug, name, description and order.
 */
@Component
class CategoriesFile {

	static final String DEFAULT_HEADER = """
			# Categories are declared here so a typo in an article cannot create a stray one.
			# Articles name a category by its slug; `order` sets the order in menus and lists.
			""";

	static final String NAME = "categories.yaml";

	/**
	 * Runs after the temporary file is on disk and before the rename; tests use it to
	 * simulate a crash.
	 */
	volatile Consumer<Path> beforeMove = temp -> {
	};

	private final Yaml yaml;

	CategoriesFile() {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndent(2);
		options.setSplitLines(false);
		options.setLineBreak(DumperOptions.LineBreak.UNIX);
		this.yaml = new Yaml(options);
	}

	void write(Path root, List<Category> categories) {
		Path file = root.resolve(NAME);
		List<Map<String, Object>> entries = categories.stream().map(CategoriesFile::entry).toList();
		String text = header(file) + (entries.isEmpty() ? "[]\n" : yaml.dump(entries));
		AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8), beforeMove);
	}

	/**
	 * The comment lines (and blank lines between them) that open the file, or the default
	 * ones for a new file.
	 */
	static String header(Path file) {
		if (!Files.exists(file)) {
			return DEFAULT_HEADER;
		}
		StringBuilder header = new StringBuilder();
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
					break;
				}
				header.append(line).append('\n');
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		return header.toString();
	}

	private static Map<String, Object> entry(Category category) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("slug", category.getSlug());
		entry.put("name", category.getName());
		entry.put("description", category.getDescription());
		entry.put("order", category.getOrder());
		if (category.getReviewIntervalMonths() != null) {
			entry.put("review_interval", category.getReviewIntervalMonths());
		}
		if (category.getDisclaimer() != null) {
			entry.put("disclaimer", category.getDisclaimer());
		}
		if (category.getReadingGrade() != null) {
			entry.put("reading_grade", category.getReadingGrade());
		}
		return entry;
	}

}
