package org.haven.content;

import java.util.List;

/** The result of rendering Markdown once: sanitised HTML and what is derived from it. */
public record RenderedContent(String html, List<TocEntry> toc, String firstParagraph, int wordCount,
		int readingMinutes) {
}
