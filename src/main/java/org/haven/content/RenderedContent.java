package org.haven.content;

import java.util.List;

/**
 * The result of rendering Markdown once: sanitised HTML and what is derived from it,
 * including the body as plain text (what a reader reads, without markup or link targets)
 * for the full-text index.
 */
public record RenderedContent(String html, List<TocEntry> toc, String firstParagraph, int wordCount, int readingMinutes,
		String text) {
}
