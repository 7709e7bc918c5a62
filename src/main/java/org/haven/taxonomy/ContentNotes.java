package org.haven.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.haven.content.ImportProblem;
import org.springframework.stereotype.Component;

/**
 * The controlled vocabulary of content notes, read from
 * {@code content/content-notes.yaml} on every import, or the built-in set when the folder
 * has no such file (or it cannot be read as YAML at all). Kept in memory: it is a handful
 * of entries, the file is its only source, and readers' pages, the importer and the
 * editor all read it from here.
 */
@Component
public class ContentNotes {

	static final String BUILT_IN = "haven/content-notes.yaml";

	private volatile Map<String, ContentNote> bySlug;

	public ContentNotes() {
		this.bySlug = builtIn();
	}

	/** Every declared note, in the file's order. */
	public List<ContentNote> all() {
		return List.copyOf(bySlug.values());
	}

	public Set<String> slugs() {
		return new LinkedHashSet<>(bySlug.keySet());
	}

	public Optional<ContentNote> find(String slug) {
		return Optional.ofNullable(bySlug.get(slug));
	}

	/**
	 * The notes for an article's slugs, in its order. A slug the vocabulary no longer
	 * declares is still shown (under a label made from the slug), so taking an entry out
	 * of the file never hides a note from readers.
	 */
	public List<ContentNote> resolve(List<String> slugs) {
		if (slugs.isEmpty()) {
			return List.of();
		}
		Map<String, ContentNote> notes = bySlug;
		List<ContentNote> resolved = new ArrayList<>(slugs.size());
		for (String slug : slugs) {
			resolved.add(notes.getOrDefault(slug, ContentNote.undeclared(slug)));
		}
		return List.copyOf(resolved);
	}

	/**
	 * Reads {@code content-notes.yaml} in the content folder {@code root}; bad entries
	 * are reported and skipped. Returns whether the vocabulary changed, which changes
	 * what every card with a note shows.
	 */
	public boolean load(Path root, List<ImportProblem> problems) {
		Path file = root.resolve(ContentNotesFile.NAME);
		Map<String, ContentNote> loaded = null;
		if (Files.exists(file)) {
			try {
				loaded = ContentNotesFile.read(ContentNotesFile.NAME, Files.readString(file, StandardCharsets.UTF_8),
						problems);
			}
			catch (IOException ex) {
				problems.add(new ImportProblem(ContentNotesFile.NAME, 1, "cannot read: " + ex.getMessage()));
			}
		}
		Map<String, ContentNote> next = loaded != null ? Collections.unmodifiableMap(loaded) : builtIn();
		// compared as lists: a new order is a change too, since notes are offered in the
		// file's order
		boolean changed = !List.copyOf(next.values()).equals(List.copyOf(bySlug.values()));
		bySlug = next;
		return changed;
	}

	private static Map<String, ContentNote> builtIn() {
		try (InputStream in = ContentNotes.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
			if (in == null) {
				throw new IllegalStateException(BUILT_IN + " is missing from the classpath");
			}
			List<ImportProblem> problems = new ArrayList<>();
			Map<String, ContentNote> notes = ContentNotesFile.read(BUILT_IN,
					new String(in.readAllBytes(), StandardCharsets.UTF_8), problems);
			if (notes == null || !problems.isEmpty()) {
				throw new IllegalStateException("the built-in content notes are broken: " + problems);
			}
			return Collections.unmodifiableMap(notes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
