package org.haven.feed;

import java.util.stream.Collectors;

import org.haven.article.ArticleCard;
import org.haven.taxonomy.ContentNote;
import org.springframework.web.util.HtmlUtils;

/**
 * The content note a feed item starts with, as a short paragraph before the summary and
 * the content: feed readers show items without the article page's note, so the item
 * carries its own. Empty for an article with neither typed notes nor a content warning.
 */
final class ContentNoteLine {

	private ContentNoteLine() {
	}

	/** "Content note: Suicide, Self-harm. This article discusses …" */
	static String text(ArticleCard card) {
		String labels = card.contentNotes().stream().map(ContentNote::label).collect(Collectors.joining(", "));
		String warning = card.contentWarning() == null ? "" : card.contentWarning().strip();
		if (labels.isEmpty() && warning.isEmpty()) {
			return "";
		}
		String line = "Content note: " + labels;
		if (!warning.isEmpty()) {
			line = labels.isEmpty() ? line + warning : line + ". " + warning;
		}
		return line.endsWith(".") || line.endsWith("!") || line.endsWith("?") ? line : line + ".";
	}

	/** The plain-text summary with the note in front, a blank line between. */
	static String beforeText(ArticleCard card, String summary) {
		String note = text(card);
		return note.isEmpty() ? summary : note + "\n\n" + summary;
	}

	/** The HTML content with the note in front, as its own paragraph. */
	static String beforeHtml(ArticleCard card, String html) {
		String note = text(card);
		return note.isEmpty() ? html : "<p class=\"content-note\">" + HtmlUtils.htmlEscape(note) + "</p>\n" + html;
	}

}
