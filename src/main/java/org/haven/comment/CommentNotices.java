package org.haven.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.haven.article.ArticleCard;
import org.haven.article.Articles;
import org.haven.config.JobLock;
import org.haven.config.SiteProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail comments cause: an urgent note to every moderator the moment a comment is held
 * by the crisis-language hold; a digest of new pending comments at most every
 * {@code haven.comment.digest-interval}; a notice to a commenter who asked to hear about
 * replies; and the signed link that deletes a commenter's comments.
 */
@Component
class CommentNotices {

	private final CommentMail mail;

	private final Moderators moderators;

	private final CommentRepository comments;

	private final Articles articles;

	private final SiteProperties site;

	private final Clock clock;

	private Instant digestedUpTo;

	private final JobLock lock;

	CommentNotices(CommentMail mail, Moderators moderators, CommentRepository comments, Articles articles,
			SiteProperties site, Clock clock, JobLock lock) {
		this.lock = lock;
		this.mail = mail;
		this.moderators = moderators;
		this.comments = comments;
		this.articles = articles;
		this.site = site;
		this.clock = clock;
		this.digestedUpTo = clock.instant();
	}

	void urgent(Comment comment, ArticleCard article) {
		String text = """
				A comment on "%s" uses language that may mean its writer is thinking of suicide or self-harm.
				It is held: it is not shown on the site until a moderator decides. The writer was shown where to find help.

				Please look at it now: %s

				Name given: %s
				E-mail given: %s
				"""
			.formatted(article.title(), site.absolute("/admin/comments?status=PENDING#comment-" + comment.getId()),
					comment.getAuthorName(), comment.getEmail() == null ? "none" : "yes (see the moderation page)");
		for (String to : moderators.emails()) {
			mail.send(to, "URGENT: a held comment needs a moderator now (" + site.title() + ")", text);
		}
	}

	void replied(Comment reply, ArticleCard article) {
		if (reply.getParentId() == null) {
			return;
		}
		comments.findById(reply.getParentId())
			.filter(parent -> parent.isNotifyReplies() && parent.getEmail() != null)
			.ifPresent(parent -> mail.send(parent.getEmail(), "A reply to your comment on " + site.title(), """
					%s replied to your comment on "%s":
					%s

					You asked to hear about replies when you commented. You will get one mail per reply.
					""".formatted(reply.getAuthorName(), article.title(),
					site.absolute(article.url() + "#comment-" + reply.getId()))));
	}

	void deletionLink(String email, String link) {
		mail.send(email, "Delete your comments on " + site.title(), """
				Someone (we hope you) asked to delete the comments left on %s with this e-mail address.
				To delete them all, open this link within 7 days:
				%s

				If it was not you, ignore this mail: nothing changes.
				""".formatted(site.title(), link));
	}

	/** New pending comments since the last digest, in one mail per moderator. */
	@Scheduled(fixedDelayString = "${haven.comment.digest-interval:15m}",
			initialDelayString = "${haven.comment.digest-interval:15m}")
	@Transactional(readOnly = true)
	public void sendDigest() {
		Instant upTo = clock.instant();
		if (!lock.held()) {
			// another node of the cluster sends the digest
			digestedUpTo = upTo;
			return;
		}
		List<Comment> fresh = comments.findByStatusAndCreatedAtAfterOrderByCreatedAtAsc(CommentStatus.PENDING,
				digestedUpTo);
		digestedUpTo = upTo;
		List<Comment> ordinary = fresh.stream().filter(c -> !c.isCrisis()).toList();
		if (ordinary.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder(ordinary.size() + " new comment(s) wait for moderation:\n\n");
		for (Comment comment : ordinary) {
			String title = articles.publishedCard(comment.getArticleId()).map(ArticleCard::title).orElse("an article");
			text.append("- ").append(comment.getAuthorName()).append(" on \"").append(title).append("\"\n");
		}
		text.append("\nModerate them at ").append(site.absolute("/admin/comments")).append('\n');
		for (String to : moderators.emails()) {
			mail.send(to, ordinary.size() + " comment(s) to moderate on " + site.title(), text.toString());
		}
	}

}
