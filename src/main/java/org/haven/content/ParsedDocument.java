package org.haven.content;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A content file read and rendered: its relative path (with forward slashes), the hash of
 * its bytes, the front matter, the Markdown body and the rendered body. {@code teaser} is
 * the plain text before a {@code <!--more-->} line, if there is one; {@code warnings} are
 * what did not stop the file (a duplicate key, an unknown shortcode).
 */
public record ParsedDocument(String path, String contentHash, FrontMatter frontMatter, String markdown,
		RenderedContent rendered, @Nullable String teaser, List<ImportProblem> warnings) {

	public ParsedDocument(String path, String contentHash, FrontMatter frontMatter, String markdown,
			RenderedContent rendered) {
		this(path, contentHash, frontMatter, markdown, rendered, null, frontMatter.warnings());
	}

	/**
	 * The slug from front matter, else the file name without extension, else for a page
	 * bundle ({@code <slug>/index.md}) its folder.
	 */
	public String slug() {
		String declared = frontMatter.slug();
		if (declared != null) {
			return declared;
		}
		return ContentSlugs.fromPath(path);
	}

	/**
	 * The summary from front matter, else its {@code description}, else the text before
	 * {@code <!--more-->}, else the first paragraph of the body.
	 */
	public String summary() {
		String declared = frontMatter.summary();
		if (declared != null) {
			return declared;
		}
		if (frontMatter.hugo().description() != null) {
			return frontMatter.hugo().description();
		}
		return teaser != null && !teaser.isBlank() ? teaser : rendered.firstParagraph();
	}

	/** The same document with resolved categories and authors. */
	public ParsedDocument withFrontMatter(FrontMatter resolved) {
		return new ParsedDocument(path, contentHash, resolved, markdown, rendered, teaser, warnings);
	}

}
