package org.haven.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.haven.content.ContentException;
import org.haven.content.ContentReader;
import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.haven.content.ParsedDocument;
import org.haven.taxonomy.Categories;
import org.haven.taxonomy.ContentNotes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The {@link DraftChecks} against the site as it is: the declared categories and content
 * notes, the authors, the addresses already taken and the articles already published.
 */
@Component
class DraftValidator {

	private final Categories categories;

	private final ContentNotes notes;

	private final AuthorRepository authors;

	private final ArticleRepository articles;

	private final ContentReader reader;

	private final SafeMessagingChecks safeMessaging;

	private final ReviewProperties review;

	DraftValidator(Categories categories, ContentNotes notes, AuthorRepository authors, ArticleRepository articles,
			ContentReader reader, SafeMessagingChecks safeMessaging, ReviewProperties review) {
		this.safeMessaging = safeMessaging;
		this.review = review;
		this.categories = categories;
		this.notes = notes;
		this.authors = authors;
		this.articles = articles;
		this.reader = reader;
	}

	/** What would stop the draft being saved, then published (a preview shows both). */
	List<DraftProblem> problems(ArticleDraft draft) {
		List<DraftProblem> problems = new ArrayList<>(
				DraftChecks.forSave(draft, categories.slugs(), notes.slugs(), authorSlugs()));
		problems.addAll(DraftChecks.forPublish(draft, articles::isPublished));
		return problems;
	}

	/**
	 * The safe-messaging findings in {@code source} (the file of article {@code id}, null
	 * for a new one), each with its acknowledgement if it has one.
	 */
	List<FindingView> findings(@Nullable Long id, String source, ArticleDraft draft) {
		return safeMessaging.review(id, source, draft);
	}

	/**
	 * Rejects a draft that cannot be saved by article {@code id} (null for a new one) in
	 * {@code status}. To be published (or scheduled, or saved while live) it must also
	 * pass the publish checks, have no open safe-messaging finding among {@code findings}
	 * (those of its file), and, with a crisis-topic content note, carry a clinical
	 * sign-off that is still current ({@code reviewCurrent}).
	 */
	void check(@Nullable Long id, ArticleDraft draft, ArticleStatus status, List<FindingView> findings,
			boolean reviewCurrent) {
		List<DraftProblem> problems = new ArrayList<>(
				DraftChecks.forSave(draft, categories.slugs(), notes.slugs(), authorSlugs()));
		boolean taken = id == null ? articles.existsBySlug(draft.slug())
				: articles.existsBySlugAndIdNot(draft.slug(), id);
		if (taken) {
			problems.add(new DraftProblem("slug", "Another article already uses the address '/articles/" + draft.slug()
					+ "'. Choose a different one."));
		}
		if (status == ArticleStatus.PUBLISHED) {
			problems.addAll(DraftChecks.forPublish(draft, articles::isPublished));
			for (FindingView finding : findings.stream().filter(FindingView::open).toList()) {
				problems.add(new DraftProblem("safeMessaging", "Safe messaging, " + finding.where() + ": '"
						+ finding.matched() + "'. " + finding.reason()
						+ (finding.suggestion().isBlank() ? "" : " Suggested: " + finding.suggestion() + ".")
						+ " Change the wording, or ask an editor or reviewer to acknowledge it with a reason."));
			}
			List<String> crisis = draft.contentNotes().stream().filter(review.crisisNotes()::contains).toList();
			if (!crisis.isEmpty() && !reviewCurrent) {
				problems.add(
						new DraftProblem("review", "An article with a content note about " + String.join(" or ", crisis)
								+ " needs a clinical reviewer's sign-off on this text before it is published."));
			}
		}
		if (!problems.isEmpty()) {
			throw new DraftRejected(problems);
		}
	}

	/**
	 * Parses an article file written from a draft; a file the parser refuses is a problem
	 * with the body.
	 */
	ParsedDocument parse(String path, byte[] bytes) {
		try {
			return reader.read(path, bytes);
		}
		catch (ContentException ex) {
			throw new DraftRejected(List.of(new DraftProblem("body", ex.reason())));
		}
	}

	private Set<String> authorSlugs() {
		return new HashSet<>(authors.findAllSlugs());
	}

}
