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
 * The moderators' digest of new pending comments, at most every
 * {@code haven.comment.digest-interval}. How far it has got is a {@link JobWatermark} in
 * the database, so a restart, or another node taking over the job lock, carries on from
 * there: each pending comment is listed once, however the nodes come and go.
 */
@Component
class CommentDigest {

	static final String WATERMARK = "comment-digest";

	private final CommentMail mail;

	private final Moderators moderators;

	private final CommentRepository comments;

	private final Articles articles;

	private final SiteProperties site;

	private final Clock clock;

	private final JobLock lock;

	private final JobWatermarkRepository watermarks;

	/**
	 * Where the very first digest (no watermark stored yet) starts: this node's start,
	 * not the beginning of history.
	 */
	private final Instant startedAt;

	CommentDigest(CommentMail mail, Moderators moderators, CommentRepository comments, Articles articles,
			SiteProperties site, Clock clock, JobLock lock, JobWatermarkRepository watermarks) {
		this.mail = mail;
		this.moderators = moderators;
		this.comments = comments;
		this.articles = articles;
		this.site = site;
		this.clock = clock;
		this.lock = lock;
		this.watermarks = watermarks;
		this.startedAt = clock.instant();
	}

	/**
	 * New pending comments since the last digest, in one mail per moderator; the mail
	 * joins the outbox in the transaction that moves the watermark on.
	 */
	@Scheduled(fixedDelayString = "${haven.comment.digest-interval:15m}",
			initialDelayString = "${haven.comment.digest-interval:15m}")
	@Transactional
	public void sendDigest() {
		if (!lock.held()) {
			// the node holding the lock sends the digest and keeps the watermark
			return;
		}
		Instant upTo = clock.instant();
		JobWatermark watermark = watermarks.findById(WATERMARK).orElseGet(() -> new JobWatermark(WATERMARK, startedAt));
		Instant from = watermark.getUpTo();
		if (!upTo.isAfter(from)) {
			return;
		}
		List<Comment> fresh = comments.createdIn(CommentStatus.PENDING, from, upTo);
		watermark.setUpTo(upTo);
		watermarks.save(watermark);
		List<Comment> ordinary = fresh.stream().filter(c -> !c.isCrisis()).toList();
		if (!ordinary.isEmpty()) {
			send(ordinary);
		}
	}

	private void send(List<Comment> ordinary) {
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
