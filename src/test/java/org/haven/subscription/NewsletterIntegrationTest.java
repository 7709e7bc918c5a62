package org.haven.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.haven.article.ArticleEditing;
import org.haven.article.ContentImport;
import org.haven.content.ContentProperties;
import org.haven.article.EditableArticle;
import org.haven.mail.MailOutbox;
import org.haven.publicform.PublicForms;
import org.haven.support.Drafts;
import org.haven.support.HtmlChecker;
import org.haven.support.MailIntegrationTest;
import org.haven.support.MutableClock;
import org.haven.support.SharedGreenMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The newsletter end to end, with real SMTP (GreenMail): a reader signs up, confirms by
 * the mailed link, receives the next article they follow, and leaves with one click.
 * Around it, what must not happen: mail for an edit, mail for a withdrawn article, a
 * subscriber before confirmation, a duplicate, a 500 for a bad link.
 */
@MailIntegrationTest
class NewsletterIntegrationTest {

	private static final Pattern CONFIRM = Pattern.compile("http://localhost:8080(/subscribe/confirm\\?\\S+)");

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	MailOutbox outbox;

	@Autowired
	NewsletterDispatch dispatch;

	@Autowired
	ArticleEditing editing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	PublicForms forms;

	@Autowired
	ContentImport contentImport;

	@Autowired
	ContentProperties content;

	@BeforeEach
	void nothingQueuedNothingReceived() throws Exception {
		dispatch.awaitIdle();
		outbox.sendDueNow();
		SharedGreenMail.purge();
	}

	@Test
	void aReaderSignsUpConfirmsReceivesTheArticlesTheyFollowAndLeavesWithOneClick() throws Exception {
		MockHttpServletResponse page = mvc.perform(get("/subscribe")).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getHeader("Set-Cookie")).isNull();
		assertThat(page.getContentAsString()).contains("name=\"form-token\"").contains("action=\"/subscribe\"");
		assertThat(HtmlChecker.errors(page.getContentAsString())).as("/subscribe").isEmpty();

		String answer = signUp("reader@example.org", "each", "category:anxiety").getContentAsString();
		assertThat(answer).contains("a link to confirm is on its way");
		assertThat(HtmlChecker.errors(answer)).as("the sign-up's answer").isEmpty();
		signUp("other-topic@example.org", "each", "category:relationships");
		assertThat(subscribers("reader@example.org")).as("nothing stored before confirmation").isZero();
		assertThat(jdbc.sql("select choices from subscription_request where email = 'reader@example.org'")
			.query(String.class)
			.single()).isEqualTo("EACH|category:anxiety");

		String link = confirmLink("reader@example.org");
		String confirmPage = mvc.perform(get(link)).andReturn().getResponse().getContentAsString();
		assertThat(confirmPage).contains("Yes, subscribe me");
		assertThat(HtmlChecker.errors(confirmPage)).as("the confirmation page").isEmpty();
		assertThat(subscribers("reader@example.org")).as("opening the link changes nothing").isZero();
		String subscribed = confirm(link).getContentAsString();
		assertThat(subscribed).contains("You are subscribed");
		assertThat(HtmlChecker.errors(subscribed)).as("the confirmed page").isEmpty();
		confirm(confirmLink("other-topic@example.org"));
		assertThat(jdbc.sql("select consent_version from subscriber where email = 'reader@example.org'")
			.query(String.class)
			.single()).isEqualTo("2026-11");

		SharedGreenMail.purge();
		publish("newsletter");
		dispatch.awaitIdle();
		outbox.sendDueNow();

		MimeMessage mail = only("reader@example.org");
		assertThat(mail.getSubject()).startsWith("Sleep and worry newsletter");
		assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		String html = part(mail, 1);
		assertThat(html).contains("http://localhost:8080/articles/newsletter")
			.doesNotContain("<img")
			.doesNotContain("utm_")
			.contains("Samaritans")
			.contains("http://localhost:8080/help");
		assertThat(received("other-topic@example.org")).as("follows another category").isEmpty();

		java.util.regex.Matcher manage = Pattern.compile("http://localhost:8080(/subscribe/manage\\?\\S+)")
			.matcher(part(mail, 0));
		assertThat(manage.find()).as("a preferences link in the mail").isTrue();
		String preferences = mvc.perform(get(manage.group(1))).andReturn().getResponse().getContentAsString();
		assertThat(preferences).contains("name=\"frequency\"");
		assertThat(HtmlChecker.errors(preferences)).as("the preferences page").isEmpty();

		String unsubscribe = mail.getHeader("List-Unsubscribe")[0].replaceAll("^<http://localhost:8080|>$", "");
		MockHttpServletResponse left = mvc
			.perform(post(unsubscribe).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("List-Unsubscribe=One-Click"))
			.andReturn()
			.getResponse();
		assertThat(left.getStatus()).isEqualTo(200);
		assertThat(left.getHeader("Set-Cookie")).isNull();
		if (String.valueOf(left.getContentType()).startsWith("text/html")) {
			assertThat(HtmlChecker.errors(left.getContentAsString())).as("the unsubscribed page").isEmpty();
		}
		assertThat(subscribers("reader@example.org")).isZero();
		assertThat(mvc.perform(post(unsubscribe)).andReturn().getResponse().getStatus())
			.as("a second click: no such subscription, still no error")
			.isEqualTo(404);
	}

	@Test
	void anArticleReachesFollowersOfAnyOfItsCategoriesTagsOrAuthorOnceEach() throws Exception {
		subscribe("second-category@example.org", "category:mindfulness");
		subscribe("everything-matches@example.org", "category:growth", "category:mindfulness", "tag:several-topics",
				"author:maya-okafor");
		subscribe("tag-only@example.org", "tag:several-topics");
		subscribe("author-only@example.org", "author:maya-okafor");
		subscribe("elsewhere@example.org", "category:workplace", "tag:not-this-one");
		String slug = Drafts.uniqueSlug("several-topics");
		Files.writeString(content.dir().resolve("articles/" + slug + ".md"), """
				---
				title: "Several topics at once"
				slug: %s
				date: %s
				categories: [growth, mindfulness]
				tags: [Several topics]
				author: maya-okafor
				summary: "One article in two categories, for the newsletter's matching."
				---
				A short article filed under two categories.
				""".formatted(slug, clock.instant().minus(Duration.ofHours(1))));

		contentImport.importAll();
		dispatch.awaitIdle();
		outbox.sendDueNow();

		for (String reader : List.of("second-category@example.org", "everything-matches@example.org",
				"tag-only@example.org", "author-only@example.org")) {
			assertThat(received(reader)).as(reader)
				.filteredOn(mail -> subject(mail).equals("Several topics at once"))
				.hasSize(1);
		}
		assertThat(received("elsewhere@example.org")).as("follows none of its topics").isEmpty();
	}

	@Test
	void aBackCatalogueMovingInIsNotMailedButANewFileIs() throws Exception {
		subscribe("back-catalogue@example.org");
		String old = Drafts.uniqueSlug("from-2019");
		String fresh = Drafts.uniqueSlug("written-today");
		String file = """
				---
				title: "%s"
				slug: %s
				date: %s
				categories: [anxiety]
				author: maya-okafor
				summary: "An article brought over from the old site."
				---
				Moved in with the rest of the site.
				""";
		Files.writeString(content.dir().resolve("articles/" + old + ".md"),
				file.formatted("Moved in from 2019", old, "2019-03-11T08:00:00Z"));
		Files.writeString(content.dir().resolve("articles/" + fresh + ".md"),
				file.formatted("Written this morning", fresh, clock.instant().minus(Duration.ofHours(3))));

		contentImport.importAll();
		dispatch.awaitIdle();
		outbox.sendDueNow();

		assertThat(received("back-catalogue@example.org")).extracting(NewsletterIntegrationTest::subject)
			.contains("Written this morning")
			.doesNotContain("Moved in from 2019");
	}

	@Test
	void theSameAddressTwiceUpdatesItsChoicesWithoutADuplicateAndTheAnswerNeverTells() throws Exception {
		String first = notice(signUp("twice@example.org", "each", "tag:sleep"));
		confirm(confirmLink("twice@example.org"));
		clock.advance(Duration.ofHours(1));
		String again = notice(signUp("twice@example.org", "weekly", "author:maya-okafor"));
		String stranger = notice(signUp("never-seen@example.org", "weekly"));

		assertThat(again).isEqualTo(first).isEqualTo(stranger);
		confirm(confirmLink("twice@example.org"));
		assertThat(subscribers("twice@example.org")).isEqualTo(1);
		assertThat(jdbc.sql("""
				select t.kind || ':' || t.slug from subscriber_topic t join subscriber s on s.id = t.subscriber_id
				where s.email = 'twice@example.org'""").query(String.class).list())
			.containsExactly("AUTHOR:maya-okafor");
	}

	@Test
	void editingAPublishedArticleSendsNothingAndWithdrawingItCancelsWhatIsQueued() throws Exception {
		subscribe("follower@example.org");
		EditableArticle live = publish("withdrawn");
		dispatch.awaitIdle();
		String group = NewsletterDispatch.group(live.id());
		long queued = outbox.stats(group).orElseThrow().queued();
		assertThat(queued).isPositive();

		EditableArticle edited = editing.save(live.id(), live.version(),
				Drafts.withBody(live.draft(), "A corrected sentence."), "admin@haven.test");
		dispatch.awaitIdle();
		assertThat(outbox.stats(group).orElseThrow().total()).as("an edit adds nothing").isEqualTo(queued);

		editing.unpublish(edited.id(), edited.version(), "admin@haven.test");
		dispatch.awaitIdle();
		assertThat(outbox.stats(group).orElseThrow().cancelled()).isEqualTo(queued);
		outbox.sendDueNow();
		assertThat(received("follower@example.org")).isEmpty();
	}

	@Test
	void aScheduledArticleIsMailedWhenItGoesLiveNotWhenSaved() throws Exception {
		subscribe("scheduled@example.org");
		EditableArticle draft = editing.create(Drafts.publishable(Drafts.uniqueSlug("later")), "admin@haven.test");
		EditableArticle scheduled = editing.publish(draft.id(), draft.version(), draft.draft(),
				clock.instant().plus(Duration.ofHours(2)), "admin@haven.test");
		dispatch.awaitIdle();
		assertThat(outbox.stats(NewsletterDispatch.group(scheduled.id()))).isEmpty();

		clock.advance(Duration.ofHours(3));
		ReflectionTestUtils.invokeMethod(context.getBean("scheduledPublisher"), "announceDueArticles");
		dispatch.awaitIdle();
		outbox.sendDueNow();

		// other tests' scheduled articles in the shared context may go live with the
		// clock too:
		// count this article's mails
		List<String> subjects = new ArrayList<>();
		for (MimeMessage mail : received("scheduled@example.org")) {
			subjects.add(mail.getSubject());
		}
		assertThat(subjects).filteredOn(subject -> subject.contains(scheduled.draft().title())).hasSize(1);
	}

	@Test
	void badLinksAndBadAddressesGetAClearAnswerAndNeverAServerError() throws Exception {
		MockHttpServletResponse malformed = signUp("not an address", "each");
		assertThat(malformed.getStatus()).isEqualTo(400);
		assertThat(malformed.getContentAsString()).contains("does not look like an e-mail address")
			.contains("value=\"not an address\"");
		assertThat(HtmlChecker.errors(malformed.getContentAsString())).as("a malformed address").isEmpty();

		MockHttpServletResponse forged = mvc.perform(get("/subscribe/confirm?r=abc&e=99999999999&s=forged"))
			.andReturn()
			.getResponse();
		assertThat(forged.getStatus()).isEqualTo(400);
		assertThat(HtmlChecker.errors(forged.getContentAsString())).as("a forged link").isEmpty();
		assertThat(mvc.perform(get("/subscribe/confirm")).andReturn().getResponse().getStatus()).isEqualTo(400);
		assertThat(mvc.perform(get("/subscribe/manage?t=unknown&s=x")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(post("/subscribe/unsubscribe?t=unknown&s=x")).andReturn().getResponse().getStatus())
			.isEqualTo(400);

		signUp("reused@example.org", "each");
		String link = confirmLink("reused@example.org");
		assertThat(confirm(link).getStatus()).isEqualTo(200);
		MockHttpServletResponse reused = confirm(link);
		assertThat(reused.getStatus()).isEqualTo(410);
		assertThat(reused.getContentAsString()).contains("already used");
		assertThat(HtmlChecker.errors(reused.getContentAsString())).as("a used link").isEmpty();

		signUp("late@example.org", "each");
		String late = confirmLink("late@example.org");
		clock.advance(Duration.ofHours(49));
		MockHttpServletResponse expired = mvc.perform(get(late)).andReturn().getResponse();
		assertThat(expired.getStatus()).isEqualTo(410);
		assertThat(expired.getContentAsString()).contains("expired");
		assertThat(subscribers("late@example.org")).isZero();
	}

	@Test
	void aSignUpRepeatedAHundredTimesIsRateLimitedSendsOneMailAndNeverFails() throws Exception {
		String client = "10.9.9." + CLIENTS.incrementAndGet();
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			statuses.add(signUpFrom(client, "hundred@example.org", "each").getStatus());
		}
		outbox.sendDueNow();

		assertThat(statuses).containsOnly(200, 429).contains(429);
		assertThat(received("hundred@example.org")).hasSize(1);
	}

	private void subscribe(String email, String... topics) throws Exception {
		signUp(email, "each", topics);
		confirm(confirmLink(email));
		SharedGreenMail.purge();
	}

	private EditableArticle publish(String slug) {
		EditableArticle draft = editing.create(Drafts.publishable(slug), "admin@haven.test");
		return editing.publish(draft.id(), draft.version(), draft.draft(), null, "admin@haven.test");
	}

	private MockHttpServletResponse signUp(String email, String frequency, String... topics) throws Exception {
		return signUpFrom("10.0.0." + CLIENTS.incrementAndGet(), email, frequency, topics);
	}

	private MockHttpServletResponse signUpFrom(String client, String email, String frequency, String... topics)
			throws Exception {
		// the token as the form carries it (the prepared page may predate the test
		// clock's jumps)
		String token = forms.protection().token();
		MockHttpServletRequestBuilder request = post("/subscribe").header("Origin", "http://localhost:8080")
			.param("email", email)
			.param("frequency", frequency)
			.param(PublicForms.TOKEN_FIELD, token)
			.with(r -> {
				r.setRemoteAddr(client);
				return r;
			});
		for (String topic : topics) {
			request.param("topic", topic);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private String confirmLink(String email) throws Exception {
		outbox.sendDueNow();
		List<MimeMessage> mails = received(email);
		assertThat(mails).isNotEmpty();
		Matcher link = CONFIRM.matcher(part(mails.get(mails.size() - 1), 0));
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	private MockHttpServletResponse confirm(String link) throws Exception {
		String query = link.substring(link.indexOf('?') + 1);
		MockHttpServletRequestBuilder request = post("/subscribe/confirm");
		for (String pair : query.split("&")) {
			String[] kv = pair.split("=", 2);
			request.param(kv[0], kv[1]);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private static String notice(MockHttpServletResponse response) throws Exception {
		Matcher notice = Pattern.compile("role=\"status\">([^<]+)<").matcher(response.getContentAsString());
		assertThat(notice.find()).isTrue();
		return notice.group(1);
	}

	private long subscribers(String email) {
		return jdbc.sql("select count(*) from subscriber where email = ?").param(email).query(Long.class).single();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MimeMessage only(String email) throws Exception {
		List<MimeMessage> mails = received(email);
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

	private static List<MimeMessage> received(String email) throws Exception {
		List<MimeMessage> mails = new ArrayList<>();
		for (MimeMessage mail : SharedGreenMail.received()) {
			if (mail.getRecipients(RecipientType.TO)[0].toString().equals(email)) {
				mails.add(mail);
			}
		}
		return mails;
	}

	private static String part(MimeMessage mail, int index) throws Exception {
		return (String) ((MimeMultipart) mail.getContent()).getBodyPart(index).getContent();
	}

}
