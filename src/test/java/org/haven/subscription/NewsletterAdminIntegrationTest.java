package org.haven.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.haven.article.ArticleEditing;
import org.haven.article.EditableArticle;
import org.haven.mail.MailOutbox;
import org.haven.support.Drafts;
import org.haven.support.HtmlChecker;
import org.haven.support.MailIntegrationTest;
import org.haven.support.SharedGreenMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The weekly digest, and the admin's side: subscribers by choice, search, CSV export,
 * erasure with queued mail, sending stats, and a test mail to the editor.
 */
@MailIntegrationTest
class NewsletterAdminIntegrationTest {

	private static final Pattern CONFIRM = Pattern.compile("/subscribe/confirm\\?r=([^&]+)&e=(\\d+)&s=(\\S+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	WeeklyDigest digest;

	@Autowired
	NewsletterDispatch dispatch;

	@Autowired
	MailOutbox outbox;

	@Autowired
	ArticleEditing editing;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyInbox() throws Exception {
		dispatch.awaitIdle();
		outbox.sendDueNow();
		SharedGreenMail.purge();
	}

	@Test
	void weeklySubscribersGetOneDigestOfTheWeeksArticlesAndNoSingleMails() throws Exception {
		subscribe("weekly@example.org", Choices.of(Set.of(), "weekly"));
		EditableArticle draft = editing.create(Drafts.publishable(Drafts.uniqueSlug("digest")), "admin@haven.test");
		EditableArticle live = editing.publish(draft.id(), draft.version(), draft.draft(), null, "admin@haven.test");
		dispatch.awaitIdle();
		outbox.sendDueNow();
		assertThat(received("weekly@example.org")).as("no mail per article").isEmpty();

		assertThat(digest.send()).isPositive();
		assertThat(digest.send()).as("the same week again adds nothing").isZero();
		outbox.sendDueNow();

		List<MimeMessage> mails = received("weekly@example.org");
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("This week at Haven Journal");
		assertThat(text(mails.get(0))).contains(live.draft().title());
		assertThat(mails.get(0).getHeader("List-Unsubscribe")).isNotEmpty();
	}

	@Test
	void anAdminSeesCountsSearchesExportsAndErasesWithTheQueuedMail() throws Exception {
		subscribe("erase-me@example.org", Choices.of(Set.of("tag:sleep"), "each"));
		long id = jdbc.sql("select id from subscriber where email = 'erase-me@example.org'").query(Long.class).single();
		EditableArticle draft = editing.create(Drafts.publishable(Drafts.uniqueSlug("erase")), "admin@haven.test");
		editing.publish(draft.id(), draft.version(), draft.draft(), null, "admin@haven.test");
		dispatch.awaitIdle();
		assertThat(queuedFor("erase-me@example.org")).isEqualTo(1);

		String page = mvc.perform(get("/admin/subscribers?q=erase-me").with(user("admin@haven.test").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("erase-me@example.org").contains("tag:sleep").contains("Last SMTP error");
		assertThat(HtmlChecker.errors(page)).as("the subscribers page").isEmpty();
		String csv = mvc.perform(get("/admin/subscribers/export.csv").with(user("admin@haven.test").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).startsWith("email,follows,frequency,paused,consent_at,consent_version")
			.contains("\"erase-me@example.org\",\"tag:sleep\",EACH,false");
		assertThat(mvc.perform(get("/admin/subscribers").with(user("editor@haven.test").roles("EDITOR")))
			.andReturn()
			.getResponse()
			.getStatus()).as("subscribers are for admins").isEqualTo(403);

		mvc.perform(post("/admin/subscribers/" + id + "/delete").with(user("admin@haven.test").roles("ADMIN"))
			.with(csrf()));

		assertThat(jdbc.sql("select count(*) from subscriber where id = ?").param(id).query(Long.class).single())
			.isZero();
		assertThat(queuedFor("erase-me@example.org")).isZero();
	}

	@Test
	void anEditorSendsATestOfAnUnpublishedArticlesMailToThemselves() throws Exception {
		EditableArticle draft = editing.create(Drafts.publishable(Drafts.uniqueSlug("test-mail")), "admin@haven.test");

		mvc.perform(post("/admin/newsletter/test/" + draft.id()).with(user("editor@haven.test").roles("EDITOR"))
			.with(csrf()));
		outbox.sendDueNow();

		List<MimeMessage> mails = received("editor@haven.test");
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("[Test] " + draft.draft().title());
	}

	private void subscribe(String email, Choices choices) throws Exception {
		assertThat(subscriptions.signUp(email, choices)).isEqualTo(Outcome.DONE);
		outbox.sendDueNow();
		Matcher link = CONFIRM.matcher(text(received(email).get(0)));
		assertThat(link.find()).isTrue();
		assertThat(subscriptions.confirm(link.group(1), Long.parseLong(link.group(2)), link.group(3)))
			.isEqualTo(Outcome.DONE);
		SharedGreenMail.purge();
	}

	private long queuedFor(String email) {
		return jdbc.sql("select count(*) from mail_outbox where recipient = ? and status = 'QUEUED'")
			.param(email)
			.query(Long.class)
			.single();
	}

	private static List<MimeMessage> received(String email) throws Exception {
		List<MimeMessage> mails = new java.util.ArrayList<>();
		for (MimeMessage mail : SharedGreenMail.received()) {
			if (mail.getRecipients(RecipientType.TO)[0].toString().equals(email)) {
				mails.add(mail);
			}
		}
		return mails;
	}

	private static String text(MimeMessage mail) throws Exception {
		return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
	}

}
