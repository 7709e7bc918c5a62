package org.haven.article;

import org.haven.content.ContentReader;
import org.haven.content.RenderedContent;
import org.springframework.stereotype.Service;

/** Renders a draft exactly as saving would, and lists what would stop it being published. Saves nothing. */
@Service
public class ArticlePreviews {

	private final DraftValidator validator;

	private final ContentReader reader;

	ArticlePreviews(DraftValidator validator, ContentReader reader) {
		this.validator = validator;
		this.reader = reader;
	}

	public Preview preview(ArticleDraft raw) {
		ArticleDraft draft = raw.trimmed();
		RenderedContent rendered = reader.render(draft.body());
		String summary = draft.summary().isBlank() ? rendered.firstParagraph() : draft.summary();
		return new Preview(draft.title(), summary, draft.contentWarning(), rendered.html(), rendered.toc(),
				draft.faq(), rendered.readingMinutes(), draft.cover(), draft.coverAlt(), validator.problems(draft));
	}

}
