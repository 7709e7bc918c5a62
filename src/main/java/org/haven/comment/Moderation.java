package org.haven.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.haven.article.ArticleCard;
import org.haven.article.Articles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators do: read the queue (crisis holds first), approve, unapprove, mark spam,
 * trash, restore, one comment or many at once, edit a comment's text, and reply as the
 * publication. Every step is recorded with who did it and when.
 */
@Service
public class Moderation {

	private final CommentRepository comments;

	private final CommentActionRepository actions;

	private final Articles articles;

	private final CommentNotices notices;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CommentProperties properties;

	Moderation(CommentRepository comments, CommentActionRepository actions, Articles articles, CommentNotices notices,
			ApplicationEventPublisher events, Clock clock, CommentProperties properties) {
		this.properties = properties;
		this.comments = comments;
		this.actions = actions;
		this.articles = articles;
		this.notices = notices;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<QueueItem> queue(CommentStatus status, int limit) {
		List<Comment> found = comments.queue(status, PageRequest.of(0, limit));
		Map<Long, List<QueueItem.Audit>> history = actions
			.findByCommentIdInOrderByActedAtAscIdAsc(found.stream().map(Comment::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(CommentAction::getCommentId, Collectors
				.mapping(a -> new QueueItem.Audit(a.getAction(), a.getActor(), a.getActedAt()), Collectors.toList())));
		return found.stream().map(c -> item(c, history.getOrDefault(c.getId(), List.of()))).toList();
	}

	@Transactional(readOnly = true)
	public Map<CommentStatus, Long> counts() {
		Map<CommentStatus, Long> counts = new EnumMap<>(CommentStatus.class);
		for (CommentStatus status : CommentStatus.values()) {
			counts.put(status, comments.countByStatus(status));
		}
		return counts;
	}

	@Transactional(readOnly = true)
	public long crisisHolds() {
		return comments.countByStatusAndCrisisTrue(CommentStatus.PENDING);
	}

	/** Applies one action to each comment; returns how many changed. */
	@Transactional
	public int apply(ModerationAction action, List<Long> ids, String actor) {
		Instant now = clock.instant();
		Set<Long> touchedArticles = new HashSet<>();
		int changed = 0;
		for (Comment comment : comments.findAllById(ids)) {
			boolean wasShown = comment.getStatus() == CommentStatus.APPROVED;
			comment.moveTo(action.target(), now);
			actions.save(new CommentAction(comment.getId(), action.name(), actor, now));
			changed++;
			if (wasShown || action.target() == CommentStatus.APPROVED) {
				touchedArticles.add(comment.getArticleId());
			}
			if (!wasShown && action.target() == CommentStatus.APPROVED) {
				articles.publishedCard(comment.getArticleId()).ifPresent(card -> notices.replied(comment, card));
			}
		}
		touchedArticles.forEach(id -> events.publishEvent(new CommentsChanged(id)));
		return changed;
	}

	/**
	 * Replaces a comment's text with a moderator's wording, checked, rendered and
	 * sanitised as a reader's comment is. Throws {@link CommentRefused} for text that a
	 * reader could not send either (storing nothing); returns false when there is no such
	 * comment. Only pages that show the comment are prepared again, and only if it is
	 * shown.
	 */
	@Transactional
	public boolean edit(long commentId, String body, String actor) {
		Comment comment = comments.findById(commentId).orElse(null);
		if (comment == null) {
			return false;
		}
		String text = Comments.validBody(body, properties.maxLength());
		Instant now = clock.instant();
		comment.rewrite(text, CommentMarkdown.toHtml(text), now);
		actions.save(new CommentAction(commentId, "EDITED", actor, now));
		if (comment.getStatus() == CommentStatus.APPROVED) {
			events.publishEvent(new CommentsChanged(comment.getArticleId()));
		}
		return true;
	}

	/**
	 * A reply written by the publication, shown at once under the comment (or under its
	 * parent, since replies go one level deep).
	 */
	@Transactional
	public long replyAsPublication(long commentId, String body, String publicationName, String actor) {
		Comment parent = comments.findById(commentId)
			.orElseThrow(() -> new CommentRefused(CommentProblem.UNKNOWN_PARENT));
		String text = body == null ? "" : body.strip();
		if (text.isEmpty() || !Comments.readable(text)) {
			throw new CommentRefused(CommentProblem.EMPTY);
		}
		Instant now = clock.instant();
		Long threadId = parent.getParentId() != null ? parent.getParentId() : parent.getId();
		Comment reply = new Comment(parent.getArticleId(), threadId, publicationName, text,
				CommentMarkdown.toHtml(text), now);
		reply.markFromPublication();
		reply.judge(CommentStatus.APPROVED, false, 0, "");
		comments.save(reply);
		actions.save(new CommentAction(reply.getId(), "REPLIED", actor, now));
		actions.save(new CommentAction(parent.getId(), "REPLIED_TO", actor, now));
		if (parent.getStatus() == CommentStatus.APPROVED) {
			articles.publishedCard(parent.getArticleId()).ifPresent(card -> notices.replied(reply, card));
		}
		events.publishEvent(new CommentsChanged(parent.getArticleId()));
		return reply.getId();
	}

	private QueueItem item(Comment c, List<QueueItem.Audit> history) {
		ArticleCard card = articles.publishedCard(c.getArticleId()).orElse(null);
		return new QueueItem(c.getId(), card == null ? "(not published)" : card.title(), card == null ? "" : card.url(),
				c.getAuthorName(), c.getEmail() != null, c.getBodyHtml(), c.getBodyMarkdown(), c.getStatus(),
				c.isCrisis(), c.getSpamScore(), c.getSpamReasons(), c.isFromPublication(), c.getParentId(),
				c.getCreatedAt(), history);
	}

}
