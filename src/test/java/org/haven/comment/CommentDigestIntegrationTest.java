package org.haven.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.haven.article.Articles;
import org.haven.config.JobLock;
import org.haven.config.SiteProperties;
import org.haven.mail.MailOutbox;
import org.haven.support.CommentForms;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.MailIntegrationTest;
import org.haven.support.MutableClock;
import org.haven.support.SharedGreenMail;
import org.haven.web.AnonymousPageCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The moderators' digest of pending comments, through the real outbox to GreenMail. Its
 * watermark lives in the database: a node that starts (or takes over the job lock)
 * carries on from where the digest got to, not from its own start, and a node without the
 * lock neither mails nor moves it. "Restarting" is a new {@link CommentDigest} made now,
 * sharing only the database with the old one.
 */
@MailIntegrationTest
class CommentDigestIntegrationTest {

	static final String ARTICLE = "/articles/mindfulness-evidence";

	static final List<String> NAMES = List.of("Digest Dana", "Digest Eden", "Restart Rae", "Follower Fin",
			"History Hal");

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	CommentDigest digest;

	@Autowired
	JobWatermarkRepository watermarks;

	@Autowired
	CommentSettings settings;

	@Autowired
	CommentProperties properties;

	@Autowired
	CommentRepository comments;

	@Autowired
	Moderation moderation;

	@Autowired
	MailOutbox outbox;

	@Autowired
	CommentMail mail;

	@Autowired
	Moderators moderators;

	@Autowired
	Articles articles;

	@Autowired
	SiteProperties site;

	@Autowired
	AnonymousPageCache pages;

	ModerationSettings before;

	@BeforeEach
	void neverClose() {
		// the article takes comments in the far future only while comments never close
		before = settings.current();
		settings.save(new ModerationSettings(before.enabled(), 0, before.autoApprove(), before.holdThreshold(),
				before.spamThreshold(), before.bannedWords()));
	}

	@AfterEach
	void backToNow() {
		settings.save(before);
		watermarks.deleteById(CommentDigest.WATERMARK);
		clock.set(EditorIntegrationTest.NOW);
		commenters().trashAllBy(NAMES);
		pages.invalidateAll();
	}

	@Test
	void moderatorsGetADigestOfPendingCommentsAndNoneWhenNothingWaits() throws Exception {
		assertThat(properties.digestInterval()).isEqualTo(Duration.ofMinutes(15));
		// later than every other test's comments, so the digest lists only this test's
		clock.set(EditorIntegrationTest.NOW.plus(Duration.ofDays(400)));
		// whatever other tests left pending since the context started goes first
		watermarks.deleteById(CommentDigest.WATERMARK);
		digestNow(digest);
		SharedGreenMail.purge();

		clock.advance(Duration.ofMinutes(15));
		digestNow(digest);
		assertThat(SharedGreenMail.received()).as("nothing new is pending").isEmpty();

		Commenters commenters = commenters();
		commenters.send(ARTICLE, commenters.token(ARTICLE, clock), "Digest Dana", "Words for the digest.",
				"dana@example.org");
		commenters.send(ARTICLE, commenters.token(ARTICLE, clock), "Digest Eden", "More words for the digest.", null);
		clock.advance(Duration.ofMinutes(15));
		digestNow(digest);
		assertThat(SharedGreenMail.received()).singleElement().satisfies(mail -> {
			assertThat(CommentMailIntegrationTest.recipient(mail)).isEqualTo(EditorIntegrationTest.ADMIN_EMAIL);
			assertThat(mail.getSubject()).startsWith("2 comment(s) to moderate");
			assertThat(CommentPrivacyIntegrationTest.text(mail))
				.contains("Digest Dana on \"What the Evidence Says About Mindfulness")
				.contains("Digest Eden on")
				.contains("/admin/comments")
				.doesNotContain("dana@example.org");
		});

		SharedGreenMail.purge();
		clock.advance(Duration.ofMinutes(15));
		digestNow(digest);
		assertThat(SharedGreenMail.received()).as("each pending comment is listed once").isEmpty();
	}

	@Test
	void aCommentSentJustBeforeARestartIsInTheNextDigestExactlyOnce() throws Exception {
		clock.set(EditorIntegrationTest.NOW.plus(Duration.ofDays(500)));
		digestNow(digest);
		SharedGreenMail.purge();

		commenters().send(ARTICLE, commenters().token(ARTICLE, clock), "Restart Rae",
				"Sent a minute before the restart.", null);
		clock.advance(Duration.ofMinutes(1));
		CommentDigest restarted = node(() -> true);
		clock.advance(Duration.ofMinutes(15));
		digestNow(restarted);
		assertThat(SharedGreenMail.received()).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).startsWith("1 comment(s) to moderate");
			assertThat(CommentPrivacyIntegrationTest.text(mail)).contains("Restart Rae on");
		});

		SharedGreenMail.purge();
		clock.advance(Duration.ofMinutes(15));
		digestNow(restarted);
		digestNow(digest);
		assertThat(SharedGreenMail.received()).as("listed once, whichever node digests next").isEmpty();
	}

	@Test
	void aNodeWithoutTheLockNeitherMailsNorMovesTheWatermark() throws Exception {
		clock.set(EditorIntegrationTest.NOW.plus(Duration.ofDays(520)));
		digestNow(digest);
		Instant watermark = watermark();
		SharedGreenMail.purge();

		commenters().send(ARTICLE, commenters().token(ARTICLE, clock), "Follower Fin", "Waiting while the lock moves.",
				null);
		clock.advance(Duration.ofMinutes(15));
		digestNow(node(() -> false));
		assertThat(SharedGreenMail.received()).isEmpty();
		assertThat(watermark()).isEqualTo(watermark);

		digestNow(digest);
		assertThat(SharedGreenMail.received()).singleElement()
			.satisfies(mail -> assertThat(CommentPrivacyIntegrationTest.text(mail)).contains("Follower Fin on"));
		assertThat(watermark()).isEqualTo(clock.instant());
	}

	@Test
	void theFirstDigestEverStartsAtTheNodesStartNotAtTheBeginningOfHistory() throws Exception {
		clock.set(EditorIntegrationTest.NOW.plus(Duration.ofDays(540)));
		commenters().send(ARTICLE, commenters().token(ARTICLE, clock), "History Hal",
				"Pending since before the upgrade.", null);
		watermarks.deleteById(CommentDigest.WATERMARK);
		SharedGreenMail.purge();

		clock.advance(Duration.ofMinutes(1));
		CommentDigest first = node(() -> true);
		clock.advance(Duration.ofMinutes(15));
		digestNow(first);
		assertThat(SharedGreenMail.received()).as("no digest of the whole history").isEmpty();
		assertThat(watermark()).isEqualTo(clock.instant());
	}

	/** A node starting now, on the same database. */
	private CommentDigest node(JobLock lock) {
		return new CommentDigest(mail, moderators, comments, articles, site, clock, lock, watermarks);
	}

	private void digestNow(CommentDigest node) {
		node.sendDigest();
		outbox.sendDueNow();
	}

	private Instant watermark() {
		return watermarks.findById(CommentDigest.WATERMARK).orElseThrow().getUpTo();
	}

	private Commenters commenters() {
		return new Commenters(new CommentForms(port), comments, moderation);
	}

}
