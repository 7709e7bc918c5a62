package org.haven.article;

import java.util.List;

import org.haven.content.DraftProblem;
import org.haven.content.FrontMatter.Faq;
import org.haven.content.TocEntry;
import org.jspecify.annotations.Nullable;

/**
 * A draft rendered by the same pipeline as a saved article, with what would stop it being
 * published and what the safe-messaging checks found (acknowledged findings included,
 * marked). Nothing is saved.
 */
public record Preview(String title, String summary, @Nullable String contentWarning, String bodyHtml,
		List<TocEntry> toc, List<Faq> faq, int readingMinutes, @Nullable String cover, @Nullable String coverAlt,
		List<DraftProblem> publishProblems, List<FindingView> safeMessaging) {
}
