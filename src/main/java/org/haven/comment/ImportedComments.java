package org.haven.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.haven.article.ArticleVersion;
import org.haven.article.Articles;
import org.haven.common.CommentImporter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments from another system (a WordPress export), kept with their state there:
 * approved ones are shown, pending ones wait in the queue, spam and trash stay out of
 * sight. Their text is rendered like a reader's comment (paragraphs, emphasis, lists,
 * quotes, links), and one written in crisis language is held for a moderator and pinned
 * at the top of the queue, whatever its state was, as a new one would be. Replies stay
 * one level deep: an answer to a reply answers its thread. Each comment is matched by its
 * origin, so importing the same export again updates rather than duplicates. Only the
 * name, the e-mail and the text are kept about the person, as for every comment.
 */
@Service
class ImportedComments implements CommentImporter {

	static final String IMPORT = "import";

	private static final String ANONYMOUS = "Anonymous";

	private final CommentRepository comments;

	private final CommentActionRepository actions;

	private final Articles articles;

	private final CrisisLanguage crisis;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ImportedComments(CommentRepository comments, CommentActionRepository actions, Articles articles,
			CrisisLanguage crisis, ApplicationEventPublisher events, Clock clock) {
		this.comments = comments;
		this.actions = actions;
		this.articles = articles;
		this.crisis = crisis;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Outcome importAll(List<Incoming> incoming) {
		Instant now = clock.instant();
		// every visible article's id by slug, in one read (not an article with its body
		// per slug)
		Map<String, ArticleVersion> visible = articles.publishedVersions();
		Set<Long> touched = new HashSet<>();
		List<String> skipped = new ArrayList<>();
		int imported = 0;
		int updated = 0;
		int held = 0;
		// oldest first, so a comment's parent is stored before its replies
		List<Incoming> ordered = incoming.stream().sorted(Comparator.comparing(Incoming::at)).toList();
		for (Incoming comment : ordered) {
			Optional<Long> articleId = Optional.ofNullable(visible.get(comment.articleSlug())).map(ArticleVersion::id);
			if (articleId.isEmpty()) {
				skipped.add(comment.origin() + ": its article '" + comment.articleSlug() + "' is not published here");
				continue;
			}
			String markdown = comment.markdown().strip();
			if (markdown.isEmpty()) {
				skipped.add(comment.origin() + ": no text");
				continue;
			}
			String name = comment.authorName().isBlank() ? ANONYMOUS : comment.authorName().strip();
			boolean inCrisis = crisis.matches(name + "\n" + markdown);
			CommentStatus status = inCrisis ? CommentStatus.PENDING : status(comment.status());
			String html = CommentMarkdown.toHtml(markdown);
			Optional<Comment> existing = comments.findByOrigin(comment.origin());
			Comment stored;
			if (existing.isPresent()) {
				stored = existing.get();
				boolean wasShown = stored.getStatus() == CommentStatus.APPROVED;
				stored.reimport(markdown, html, status, now);
				if (wasShown || status == CommentStatus.APPROVED) {
					touched.add(stored.getArticleId());
				}
				updated++;
			}
			else {
				stored = new Comment(articleId.get(), thread(comment.parentOrigin(), articleId.get()), name, markdown,
						html, comment.at());
				String email = comment.email() == null || comment.email().isBlank() ? null : comment.email().strip();
				stored.contact(email, EmailHash.of(email), false);
				stored.judge(status, inCrisis, 0, inCrisis ? "imported; crisis language" : "imported");
				stored.importedFrom(comment.origin());
				comments.save(stored);
				actions.save(new CommentAction(stored.getId(), "IMPORTED", IMPORT, now));
				if (status == CommentStatus.APPROVED) {
					touched.add(articleId.get());
				}
				imported++;
			}
			if (inCrisis) {
				held++;
			}
		}
		touched.forEach(id -> events.publishEvent(new CommentsChanged(id)));
		return new Outcome(imported, updated, held, skipped);
	}

	/** The top-level comment a reply belongs under: replies go one level deep. */
	private @Nullable Long thread(@Nullable String parentOrigin, long articleId) {
		if (parentOrigin == null) {
			return null;
		}
		return comments.findByOrigin(parentOrigin)
			.filter(parent -> parent.getArticleId() == articleId)
			.map(parent -> parent.getParentId() != null ? parent.getParentId() : parent.getId())
			.orElse(null);
	}

	private static CommentStatus status(Status status) {
		return switch (status) {
			case APPROVED -> CommentStatus.APPROVED;
			case PENDING -> CommentStatus.PENDING;
			case SPAM -> CommentStatus.SPAM;
			case TRASH -> CommentStatus.TRASH;
		};
	}

}
