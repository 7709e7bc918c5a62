package org.haven.article;

import java.util.Set;

import org.haven.content.ContentException;
import org.haven.content.FrontMatter;
import org.haven.content.ParsedDocument;
import org.haven.content.Slugs;

/**
 * What an article file must satisfy to be imported, against the vocabulary and authors
 * the import found: a title, a valid slug, declared categories and content notes, known
 * authors. A failure names the file, the line and the fix.
 */
record ImportChecks(Set<String> categories, Set<String> contentNotes, Set<String> authors) {

	/** What needs no vocabulary: a title and a valid slug. */
	void validateOwn(ParsedDocument doc) {
		FrontMatter fm = doc.frontMatter();
		if (fm.title() == null) {
			throw new ContentException(doc.path(), 1, "missing 'title'");
		}
		if (!Slugs.isValid(doc.slug())) {
			throw new ContentException(doc.path(), fm.lineOf("slug"),
					"slug '" + doc.slug() + "' must be lowercase letters, digits and hyphens");
		}
	}

	void validate(ParsedDocument doc) {
		validateOwn(doc);
		FrontMatter fm = doc.frontMatter();
		String category = fm.primaryCategory();
		if (category == null) {
			throw new ContentException(doc.path(), 1, "missing 'categories': name one declared in categories.yaml");
		}
		for (String c : fm.categories()) {
			if (!categories.contains(c)) {
				throw new ContentException(doc.path(), fm.lineOf("categories", "category"), "unknown category '" + c
						+ "': declare it in categories.yaml (declared: " + sorted(categories) + ")");
			}
		}
		for (String note : fm.contentNotes()) {
			if (!contentNotes.contains(note)) {
				throw new ContentException(doc.path(), fm.lineOf("content_notes"), "unknown content note '" + note
						+ "': use one declared in content-notes.yaml (known: " + sorted(contentNotes) + ")");
			}
		}
		for (String a : fm.authors()) {
			if (!authors.contains(a)) {
				throw new ContentException(doc.path(), fm.lineOf("authors", "author"),
						"unknown author '" + a + "': add content/authors/" + a + ".md");
			}
		}
		if (fm.reviewedBy() != null && !authors.contains(fm.reviewedBy())) {
			throw new ContentException(doc.path(), fm.lineOf("reviewed_by"),
					"unknown reviewer '" + fm.reviewedBy() + "': add content/authors/" + fm.reviewedBy() + ".md");
		}
	}

	private static String sorted(Set<String> values) {
		return String.join(", ", values.stream().sorted().toList());
	}

}
