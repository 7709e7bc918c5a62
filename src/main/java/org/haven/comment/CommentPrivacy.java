package org.haven.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.haven.config.SiteProperties;
import org.haven.publicform.SignedValues;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A commenter's rights over what Haven keeps about them: a signed link mailed to their
 * address deletes every comment they left with it; an admin can export or erase
 * everything stored for an address. Nothing else about commenters is stored.
 */
@Service
public class CommentPrivacy {

	static final String PURPOSE = "delete-comments";

	private final CommentRepository comments;

	private final CommentActionRepository actions;

	private final SignedValues links;

	private final CommentNotices notices;

	private final SiteProperties site;

	private final CommentProperties properties;

	private final ApplicationEventPublisher events;

	CommentPrivacy(CommentRepository comments, CommentActionRepository actions, SignedValues links,
			CommentNotices notices, SiteProperties site, CommentProperties properties,
			ApplicationEventPublisher events) {
		this.comments = comments;
		this.actions = actions;
		this.links = links;
		this.notices = notices;
		this.site = site;
		this.properties = properties;
		this.events = events;
	}

	/**
	 * Mails the deletion link when the address left comments; answers the same either
	 * way, so nobody learns whether an address commented.
	 */
	@Transactional(readOnly = true)
	public void requestDeletion(String email) {
		String hash = EmailHash.of(email);
		if (hash == null || comments.findByEmailHashOrderByCreatedAtAsc(hash).isEmpty()) {
			return;
		}
		String token = links.sign(PURPOSE, hash, properties.deletionLinkLifetime());
		notices.deletionLink(email.strip(), site.absolute("/comments/delete?token=" + token));
	}

	/** Deletes what the link names; empty when the link is forged or expired. */
	@Transactional
	public Optional<Integer> deleteByLink(String token) {
		return links.verify(PURPOSE, token).map(this::eraseHash);
	}

	/** Everything stored for an address, as plain records. */
	@Transactional(readOnly = true)
	public List<StoredComment> export(String email) {
		String hash = EmailHash.of(email);
		if (hash == null) {
			return List.of();
		}
		return comments.findByEmailHashOrderByCreatedAtAsc(hash)
			.stream()
			.map(c -> new StoredComment(c.getId(), c.getArticleId(), c.getAuthorName(), c.getEmail(),
					c.isNotifyReplies(), c.getBodyMarkdown(), c.getStatus().name(), c.getCreatedAt()))
			.toList();
	}

	@Transactional
	public int erase(String email) {
		String hash = EmailHash.of(email);
		return hash == null ? 0 : eraseHash(hash);
	}

	private int eraseHash(String hash) {
		List<Comment> theirs = comments.findByEmailHashOrderByCreatedAtAsc(hash);
		Set<Long> articles = new HashSet<>();
		List<Long> ids = theirs.stream().map(Comment::getId).toList();
		// replies to their comments go too: they hang under what is deleted
		List<Comment> replies = ids.isEmpty() ? List.of() : comments.findByParentIdIn(ids);
		List<Long> all = new java.util.ArrayList<>(ids);
		replies.forEach(reply -> all.add(reply.getId()));
		theirs.forEach(c -> articles.add(c.getArticleId()));
		if (!all.isEmpty()) {
			actions.deleteByCommentIdIn(all);
			comments.deleteAll(replies);
			comments.deleteAll(theirs);
		}
		articles.forEach(id -> events.publishEvent(new CommentsChanged(id)));
		return theirs.size();
	}

	/** One comment as stored, for an export. */
	public record StoredComment(long id, long articleId, String name, @Nullable String email, boolean notifyReplies,
			String text, String status, Instant createdAt) {
	}

}
