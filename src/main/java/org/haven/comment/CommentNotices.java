package org.haven.comment;

import org.haven.article.ArticleCard;
import org.haven.config.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * The mail comments cause: an urgent note to every moderator the moment a comment is held
 * by the crisis-language hold; a notice to a commenter who asked to hear about replies;
 * and the signed link that deletes a commenter's comments. The digest of pending comments
 * is {@link CommentDigest}.
 */
@Component
class CommentNotices {

	private final CommentMail mail;

	private final Moderators moderators;

	private final CommentRepository comments;

	private final SiteProperties site;

	CommentNotices(CommentMail mail, Moderators moderators, CommentRepository comments, SiteProperties site) {
		this.mail = mail;
		this.moderators = moderators;
		this.comments = comments;
		this.site = site;
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

}
