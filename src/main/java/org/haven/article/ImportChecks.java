package org.haven.article;

import java.util.List;
import java.util.Set;

import org.haven.content.ContentException;
import org.haven.content.FrontMatter;
import org.haven.content.ParsedDocument;
import org.haven.content.Slugs;

/**
 * What an article file needs before it is imported: a title, a valid slug, and categories, authors and reviewer that
 * the site knows. A problem names the file, the line and what to do about it.
 */
final class ImportChecks {

	private ImportChecks() {
	}

	static void validate(ParsedDocument doc, Set<String> categories, Set<String> authors) {
		FrontMatter fm = doc.frontMatter();
		if (fm.title() == null) {
			throw new ContentException(doc.path(), 1, "missing 'title'");
		}
		if (!Slugs.isValid(doc.slug())) {
			throw new ContentException(doc.path(), fm.lineOf("slug"),
					"slug '" + doc.slug() + "' must be lowercase letters, digits and hyphens");
		}
		String category = fm.primaryCategory();
		if (category == null) {
			throw new ContentException(doc.path(), 1, "missing 'categories': name one declared in categories.yaml");
		}
		for (String c : fm.categories()) {
			if (!categories.contains(c)) {
				throw new ContentException(doc.path(), fm.lineOf("categories", "category"), "unknown category '" + c
						+ "': declare it in categories.yaml (declared: " + String.join(", ", sorted(categories)) + ")");
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

	private static List<String> sorted(Set<String> values) {
		return values.stream().sorted().toList();
	}

}
