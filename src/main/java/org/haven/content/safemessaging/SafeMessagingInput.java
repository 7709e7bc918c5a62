package org.haven.content.safemessaging;

import java.util.List;
import java.util.Set;

/**
 * What the checks read: the Markdown body, the line it starts on in its file, and the
 * article's content-note and tag slugs (which decide whether it must point readers to
 * help). {@code frontMatter} is the optional YAML between the {@code ---} lines, which
 * starts on line 2 of the file; its reader-visible text (title, summary, FAQ answers) is
 * checked too.
 */
public record SafeMessagingInput(String body, int firstBodyLine, Set<String> contentNotes, Set<String> tags,
		String frontMatter) {

	public SafeMessagingInput {
		contentNotes = Set.copyOf(contentNotes);
		tags = Set.copyOf(tags);
	}

	/** A body on its own (as in the editor), without front matter. */
	public SafeMessagingInput(String body, int firstBodyLine, Set<String> contentNotes, Set<String> tags) {
		this(body, firstBodyLine, contentNotes, tags, "");
	}

	/**
	 * A whole Markdown file: front matter and body are split here, so that lines are
	 * lines of the file.
	 */
	public static SafeMessagingInput ofFile(String fileText, Set<String> contentNotes, Set<String> tags) {
		String text = fileText.startsWith("\uFEFF") ? fileText.substring(1) : fileText;
		List<String> lines = text.lines().toList();
		if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
			for (int i = 1; i < lines.size(); i++) {
				if (lines.get(i).strip().equals("---")) {
					return new SafeMessagingInput(String.join("\n", lines.subList(i + 1, lines.size())), i + 2,
							contentNotes, tags, String.join("\n", lines.subList(1, i)));
				}
			}
		}
		return new SafeMessagingInput(String.join("\n", lines), 1, contentNotes, tags);
	}

}
