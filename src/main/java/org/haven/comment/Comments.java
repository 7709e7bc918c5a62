package org.haven.comment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.haven.article.ArticleCard;
import org.haven.article.ArticleDetail;
import org.haven.article.Articles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers do with comments: send one (checked, scored, held or approved) and read
 * the published ones of an article, threaded one level deep.
 */
@Service
public class Comments {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{2,63}");

	private static final Duration DUPLICATE_WINDOW = Duration.ofDays(1);

	static final String READER = "reader";

	private final CommentRepository comments;

	private final CommentActionRepository actions;

	private final Articles articles;

	private final CommentsOpen open;

	private final CommentSettings settings;

	private final CommentProperties properties;

	private final Collaborators with;

	/** Parts used on every submission beyond the core ones. */
	record Collaborators(CrisisLanguage crisis, CommentNotices notices, ApplicationEventPublisher events, Clock clock) {
	}

	Comments(CommentRepository comments, CommentActionRepository actions, Articles articles, CommentsOpen open,
			CommentSettings settings, CommentProperties properties, Collaborators with) {
		this.comments = comments;
		this.actions = actions;
		this.articles = articles;
		this.open = open;
		this.settings = settings;
		this.properties = properties;
		this.with = with;
	}

	/**
	 * Checks and stores a comment; throws {@link CommentRefused} (storing nothing) for an
	 * unknown or closed article or bad input.
	 */
	@Transactional
	public SubmissionOutcome submit(CommentForm form) {
		ArticleDetail article = articles.published(form.articleSlug())
			.orElseThrow(() -> new CommentRefused(CommentProblem.UNKNOWN_ARTICLE));
		ArticleCard card = article.card();
		if (!open.open(card)) {
			throw new CommentRefused(CommentProblem.CLOSED);
		}
		String body = validBody(form.body(), properties.maxLength());
		String name = validName(form.name());
		String email = validEmail(form.email());
		Long parentId = parent(card.id(), form.parentId());
		Instant now = with.clock().instant();
		Comment comment = new Comment(card.id(), parentId, name, body, CommentMarkdown.toHtml(body), now);
		String emailHash = EmailHash.of(email);
		comment.contact(email, emailHash, form.notifyReplies());
		ModerationSettings current = settings.current();
		boolean duplicate = comments.existsByArticleIdAndBodyMarkdownAndCreatedAtAfter(card.id(), body,
				now.minus(DUPLICATE_WINDOW));
		SpamChain.Score score = SpamChain
			.score(new SpamChain.Input(body, form.honeypotFilled(), form.tooFast(), duplicate), current);
		boolean crisis = with.crisis().matches(name + "\n" + body);
		CommentStatus status = decide(crisis, score, current, emailHash);
		comment.judge(status, crisis, score.points(), score.reasonText());
		comments.save(comment);
		actions.save(new CommentAction(comment.getId(), "SUBMITTED", READER, now));
		if (crisis) {
			with.notices().urgent(comment, card);
			return SubmissionOutcome.HELD_FOR_CARE;
		}
		if (status == CommentStatus.APPROVED) {
			actions.save(new CommentAction(comment.getId(), "AUTO_APPROVED", READER, now));
			with.events().publishEvent(new CommentsChanged(card.id()));
			with.notices().replied(comment, card);
			return SubmissionOutcome.PUBLISHED;
		}
		return SubmissionOutcome.AWAITING_MODERATION;
	}

	/** The published comments of an article, oldest first, each with its replies. */
	@Transactional(readOnly = true)
	public List<CommentView> shown(long articleId) {
		List<Comment> approved = comments.findByArticleIdAndStatusOrderByCreatedAtAscIdAsc(articleId,
				CommentStatus.APPROVED);
		Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
		for (Comment comment : approved) {
			if (comment.getParentId() != null) {
				replies.computeIfAbsent(comment.getParentId(), id -> new ArrayList<>()).add(view(comment, List.of()));
			}
		}
		return approved.stream()
			.filter(comment -> comment.getParentId() == null)
			.map(comment -> view(comment, replies.getOrDefault(comment.getId(), List.of())))
			.toList();
	}

	/** Published comments, newest first, for the site's comment feed or one article's. */
	@Transactional(readOnly = true)
	public List<CommentEntry> latest(@Nullable Long articleId, int limit) {
		var page = org.springframework.data.domain.PageRequest.of(0, limit);
		List<Comment> found = articleId == null
				? comments.findByStatusOrderByCreatedAtDescIdDesc(CommentStatus.APPROVED, page)
				: comments.findByArticleIdAndStatusOrderByCreatedAtDescIdDesc(articleId, CommentStatus.APPROVED, page);
		return found.stream()
			.map(c -> new CommentEntry(c.getId(), c.getArticleId(), c.getAuthorName(), c.getBodyHtml(),
					c.getCreatedAt()))
			.toList();
	}

	public int maxLength() {
		return properties.maxLength();
	}

	private CommentStatus decide(boolean crisis, SpamChain.Score score, ModerationSettings current,
			@Nullable String emailHash) {
		if (crisis) {
			return CommentStatus.PENDING;
		}
		if (score.points() >= current.spamThreshold()) {
			return CommentStatus.SPAM;
		}
		if (score.points() < current.holdThreshold() && current.autoApprove() && emailHash != null
				&& comments.existsByEmailHashAndStatus(emailHash, CommentStatus.APPROVED)) {
			return CommentStatus.APPROVED;
		}
		return CommentStatus.PENDING;
	}

	/** Replies hang under a top-level comment: a reply to a reply joins its parent. */
	private @Nullable Long parent(long articleId, @Nullable Long parentId) {
		if (parentId == null) {
			return null;
		}
		Comment parent = comments.findById(parentId)
			.filter(c -> c.getArticleId() == articleId && c.getStatus() == CommentStatus.APPROVED)
			.orElseThrow(() -> new CommentRefused(CommentProblem.UNKNOWN_PARENT));
		return parent.getParentId() != null ? parent.getParentId() : parent.getId();
	}

	/**
	 * The text of a comment as it will be stored, or {@link CommentRefused} when it is
	 * empty, longer than {@code maxLength} or not cleanly decoded.
	 */
	static String validBody(@Nullable String body, int maxLength) {
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw new CommentRefused(CommentProblem.EMPTY);
		}
		if (text.length() > maxLength) {
			throw new CommentRefused(CommentProblem.TOO_LONG);
		}
		if (!readable(text)) {
			throw new CommentRefused(CommentProblem.INVALID_TEXT);
		}
		return text;
	}

	private static String validName(@Nullable String name) {
		String text = name == null ? "" : name.strip();
		if (text.isEmpty()) {
			throw new CommentRefused(CommentProblem.NAME_MISSING);
		}
		if (text.length() > 80) {
			throw new CommentRefused(CommentProblem.NAME_TOO_LONG);
		}
		if (!readable(text) || text.contains("\n")) {
			throw new CommentRefused(CommentProblem.INVALID_TEXT);
		}
		return text;
	}

	private static @Nullable String validEmail(@Nullable String email) {
		if (email == null || email.isBlank()) {
			return null;
		}
		String text = email.strip();
		if (text.length() > 254 || !EMAIL.matcher(text).matches()) {
			throw new CommentRefused(CommentProblem.BAD_EMAIL);
		}
		return text;
	}

	/**
	 * Text that decoded cleanly: no replacement characters (what invalid UTF-8 becomes),
	 * no control characters but line breaks and tabs, no lone surrogates.
	 */
	static boolean readable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	private static CommentView view(Comment comment, List<CommentView> replies) {
		return new CommentView(comment.getId(), comment.getAuthorName(), comment.getBodyHtml(), comment.getCreatedAt(),
				comment.isFromPublication(), replies);
	}

}
