package org.haven.content;

/**
 * A content file read and rendered: its relative path (with forward slashes), the hash of
 * its bytes, the front matter, the Markdown body and the rendered body.
 */
public record ParsedDocument(String path, String contentHash, FrontMatter frontMatter, String markdown,
		RenderedContent rendered) {

	/** The slug from front matter, or the file name without extension. */
	public String slug() {
		String declared = frontMatter.slug();
		if (declared != null) {
			return declared;
		}
		String name = path.substring(path.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		return Slugs.of(dot > 0 ? name.substring(0, dot) : name);
	}

	/** The summary from front matter, else the first paragraph of the body. */
	public String summary() {
		String declared = frontMatter.summary();
		return declared != null ? declared : rendered.firstParagraph();
	}

}
