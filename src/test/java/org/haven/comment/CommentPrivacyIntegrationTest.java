package org.haven.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

import org.haven.mail.MailOutbox;
import org.haven.support.CommentForms;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.HtmlChecker;
import org.haven.support.Http;
import org.haven.support.MailIntegrationTest;
import org.haven.support.MutableClock;
import org.haven.web.AnonymousPageCache;
import org.haven.support.SharedGreenMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A commenter deletes their comments through a link mailed to their address; an admin
 * exports or erases everything stored for an address; a moderator moderates and can do
 * nothing else.
 */
@MailIntegrationTest
class CommentPrivacyIntegrationTest {

	static final String ARTICLE = "/articles/mindfulness-evidence";

	/**
	 * A query that makes the page render now rather than come from the page cache: its
	 * form token must be from this test's clock, which moves back and forth.
	 */
	static final String FRESH = "?fresh=privacy";

	static final RequestPostProcessor MODERATOR = user("moderator@haven.test").roles("MODERATOR");

	static final Pattern LINK = Pattern.compile("/comments/delete\\?token=([A-Za-z0-9_.~-]+)");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	AnonymousPageCache pages;

	@Autowired
	Moderation moderation;

	@Autowired
	CommentRepository comments;

	@Autowired
	CommentPrivacy privacy;

	@Autowired
	MailOutbox outbox;

	CommentForms forms;

	@AfterEach
	void backToNow() {
		clock.set(EditorIntegrationTest.NOW);
		// pages prepared at this test's time carry its form tokens: other tests need
		// theirs
		pages.invalidateAll();
	}

	@Test
	void aCommenterDeletesTheirCommentsThroughTheMailedLink() throws Exception {
		// days of their own, for fresh rate-limit salts; the article takes comments then
		clock.set(EditorIntegrationTest.NOW.minus(Duration.ofDays(30)));
		forms = new CommentForms(port);
		long id = approvedComment("Frankie", "frankie@example.org", "Words Frankie wants gone.");
		assertThat(Http.get(port, ARTICLE).body()).contains("Words Frankie wants gone.");

		SharedGreenMail.purge();
		String token = forms.tokenOn("/comments/delete" + FRESH);
		assertThat(HtmlChecker.errors(Http.get(port, "/comments/delete" + FRESH).body())).as("the request form")
			.isEmpty();
		clock.advance(Duration.ofMinutes(1));
		var requested = forms.post("/comments/delete/request",
				Map.of("form-token", token, "email", "frankie@example.org"));
		assertThat(requested.statusCode()).isEqualTo(200);
		assertThat(HtmlChecker.errors(requested.body())).as("the answer to a request").isEmpty();
		outbox.sendDueNow();
		String mail = SharedGreenMail.received()
			.stream()
			.filter(m -> addressedTo(m, "frankie@example.org"))
			.map(CommentPrivacyIntegrationTest::text)
			.findFirst()
			.orElseThrow();
		Matcher link = LINK.matcher(mail);
		assertThat(link.find()).as(mail).isTrue();

		var forged = forms.post("/comments/delete/confirm", Map.of("form-token", token, "token", link.group(1) + "x"));
		assertThat(forged.statusCode()).as("a forged link").isEqualTo(400);
		assertThat(HtmlChecker.errors(forged.body())).as("a forged link's page").isEmpty();
		assertThat(comments.findById(id)).isPresent();
		var deleted = forms.post("/comments/delete/confirm", Map.of("form-token", token, "token", link.group(1)));
		assertThat(deleted.statusCode()).isEqualTo(200);
		assertThat(HtmlChecker.errors(deleted.body())).as("the deleted page").isEmpty();
		assertThat(comments.findById(id)).isEmpty();
		assertThat(Http.get(port, ARTICLE).body()).doesNotContain("Words Frankie wants gone.");
	}

	@Test
	void anAdminExportsAndErasesEverythingStoredForAnAddress() throws Exception {
		clock.set(EditorIntegrationTest.NOW.minus(Duration.ofDays(31)));
		forms = new CommentForms(port);
		approvedComment("Gale", "gale@example.org", "Words Gale left.");
		assertThat(privacy.export("GALE@example.org ")).singleElement().satisfies(stored -> {
			assertThat(stored.email()).isEqualTo("gale@example.org");
			assertThat(stored.name()).isEqualTo("Gale");
		});
		mvc.perform(
				post("/admin/comments/privacy/erase").param("email", "gale@example.org").with(MODERATOR).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/comments/privacy/erase").param("email", "gale@example.org")
			.with(user(EditorIntegrationTest.ADMIN_EMAIL).roles("ADMIN"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(privacy.export("gale@example.org")).isEmpty();
		assertThat(Http.get(port, ARTICLE).body()).doesNotContain("Words Gale left.");
	}

	@Test
	void aModeratorModeratesAndCanDoNothingElse() throws Exception {
		String queue = mvc.perform(get("/admin/comments").with(MODERATOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlChecker.errors(queue)).as("the queue").isEmpty();
		String settings = mvc.perform(get("/admin/comments/settings").with(user("root@haven.test").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlChecker.errors(settings)).as("the comment settings").isEmpty();
		for (String path : List.of("/admin/articles", "/admin/comments/settings", "/admin/comments/privacy",
				"/admin/users", "/admin/media")) {
			mvc.perform(get(path).with(MODERATOR)).andExpect(status().isForbidden());
		}
	}

	private long approvedComment(String name, String email, String body) {
		String token = forms.tokenOn(ARTICLE + FRESH + name);
		clock.advance(Duration.ofMinutes(1));
		return new Commenters(forms, comments, moderation).approved(ARTICLE, token, name, body, email);
	}

	private static boolean addressedTo(jakarta.mail.Message message, String address) {
		try {
			return message.getAllRecipients()[0].toString().equals(address);
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The text of a mail, all its parts together. */
	static String text(Part part) {
		try {
			Object content = part.getContent();
			if (content instanceof String text) {
				return text;
			}
			StringBuilder all = new StringBuilder();
			if (content instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					all.append(text(multipart.getBodyPart(i)));
				}
			}
			return all.toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
