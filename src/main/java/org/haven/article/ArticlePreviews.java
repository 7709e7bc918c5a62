package org.haven.article;

import java.util.ArrayList;
import java.util.List;

import org.haven.content.ContentReader;
import org.haven.content.DraftProblem;
import org.haven.content.RenderedContent;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Renders a draft exactly as saving would, and lists what would stop it being published.
 * Saves nothing.
 */
@Service
public class ArticlePreviews {

	private final DraftValidator validator;

	private final ContentReader reader;

	private final SafeMessagingChecks safeMessaging;

	ArticlePreviews(DraftValidator validator, ContentReader reader, SafeMessagingChecks safeMessaging) {
		this.validator = validator;
		this.reader = reader;
		this.safeMessaging = safeMessaging;
	}

	/**
	 * The preview of {@code raw}, as article {@code id} (null for one not saved yet,
	 * which has no acknowledgements).
	 */
	public Preview preview(ArticleDraft raw, @Nullable Long id) {
		ArticleDraft draft = raw.trimmed();
		RenderedContent rendered = reader.render(draft.body());
		String summary = draft.summary().isBlank() ? rendered.firstParagraph() : draft.summary();
		String source = ArticleSource.write(draft, true, null, null, null, ArticleSource.Kept.NONE);
		List<FindingView> findings = safeMessaging.review(id, source, draft);
		List<DraftProblem> problems = new ArrayList<>(validator.problems(draft));
		findings.stream()
			.filter(FindingView::open)
			.map(f -> new DraftProblem("safeMessaging",
					"Safe messaging, " + f.where() + ": '" + f.matched() + "'. " + f.reason()))
			.forEach(problems::add);
		return new Preview(draft.title(), summary, draft.contentWarning(), rendered.html(), rendered.toc(), draft.faq(),
				rendered.readingMinutes(), draft.cover(), draft.coverAlt(), problems, findings);
	}

}
