package org.haven.article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.haven.content.AtomicFiles;
import org.haven.content.ContentReader;
import org.haven.content.Slugs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Profiles for authors an import meets only by name: a stub file in
 * {@code content/authors/} (name only, for the publisher to complete) and the author it
 * describes, so the article can name its author at once.
 */
@Component
class AuthorStubs {

	private final AuthorRepository authors;

	private final TransactionTemplate transaction;

	AuthorStubs(AuthorRepository authors, TransactionTemplate transaction) {
		this.authors = authors;
		this.transaction = transaction;
	}

	/** Every author's slug and name. */
	Map<String, String> all() {
		Map<String, String> names = new LinkedHashMap<>();
		authors.findAll().forEach(a -> names.put(a.getSlug(), a.getName()));
		return names;
	}

	/** Writes and saves a stub for {@code name}; returns its slug (empty if none). */
	String declare(Path root, String name) {
		String slug = Slugs.of(name);
		if (slug.isEmpty()) {
			return slug;
		}
		String path = "authors/" + slug + ".md";
		Path file = root.resolve(path);
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		byte[] bytes = ("---\n" + new Yaml(options).dump(Map.of("name", name.strip()))
				+ "---\n\nAdded by an import: write a short biography here.\n")
			.getBytes(StandardCharsets.UTF_8);
		if (!Files.exists(file)) {
			AtomicFiles.write(file, bytes);
		}
		transaction.executeWithoutResult(status -> {
			Author author = authors.findBySlug(slug).orElseGet(() -> new Author(slug));
			if (author.getContentHash() == null) {
				author.update(name.strip(), null, null, "", path, ContentReader.hash(bytes));
				authors.save(author);
			}
		});
		return slug;
	}

}
