package org.haven.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.haven.article.ArticleDraft;
import org.haven.article.ArticleEditing;
import org.haven.article.ArticleEvent.ArticlePublished;
import org.haven.article.EditableArticle;
import org.haven.article.EventOrigin;
import org.haven.config.SiteProperties;
import org.haven.publicform.PublicForms;
import org.haven.publicform.SignedValues;
import org.haven.related.RelatedArticles;
import org.haven.support.BrowserForms;
import org.haven.support.Drafts;
import org.haven.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Two nodes on one PostgreSQL database: what one publishes the other serves within a
 * second (page, search, feed, related), a session signed in on one works on the other,
 * and a scheduled article is announced by exactly one node, which queues its mail once.
 * Node A is the content writer; node B writes no files. Runs with {@code -Ppostgres}.
 */
@EnabledIfSystemProperty(named = "haven.tests.postgres", matches = "true",
		disabledReason = "PostgreSQL tests run with -Ppostgres (see .ci/postgres.sh)")
class TwoNodesPostgresIntegrationTest {

	static final Duration WITHIN = Duration.ofSeconds(1);

	static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

	@TempDir
	static Path temp;

	static ClusterNodes cluster;

	static ConfigurableApplicationContext a;

	static ConfigurableApplicationContext b;

	/** Every ArticlePublished either node handled: node, article id, whether replayed. */
	static final Queue<String> published = new ConcurrentLinkedQueue<>();

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoNodes() throws Exception {
		cluster = ClusterNodes.freshDatabase();
		Path content = Fixtures.copy(Path.of("content"), Files.createDirectories(temp.resolve("content")));
		a = cluster.start("A", true, content, temp.resolve("a"), recorder("A"));
		b = cluster.start("B", false, content, temp.resolve("b"), recorder("B"));
		// one reader who gets every article by mail
		JdbcClient.create(a.getBean(DataSource.class))
			.sql("insert into subscriber (email, token, whole_site, frequency, consent_at, consent_version, created_at,"
					+ " updated_at) values ('reader@cluster.test', 'cluster-test-token', true, 'EACH', current_timestamp,"
					+ " 'test', current_timestamp, current_timestamp)")
			.update();
	}

	@AfterAll
	static void stop() {
		if (cluster != null) {
			cluster.close();
		}
	}

	@Test
	void anArticlePublishedOnOneNodeIsServedByTheOtherWithinASecond() throws Exception {
		String word = "zephyrine" + System.nanoTime() % 100000;
		String slug = Drafts.uniqueSlug("cluster");
		ArticleDraft draft = Drafts.withBody(Drafts.publishable(slug).withTags(List.of("Sleep", word)),
				"A quiet " + word + " evening helps.\n");
		ArticleEditing editing = a.getBean(ArticleEditing.class);
		EditableArticle created = editing.create(draft, ClusterNodes.ADMIN_EMAIL);
		EditableArticle live = editing.publish(created.id(), created.version(), draft, null, ClusterNodes.ADMIN_EMAIL);

		Eventually.within(WITHIN, () -> {
			assertThat(get(b, "/articles/" + slug).body()).contains(draft.title());
			assertThat(get(b, "/search?q=" + word).body()).contains("/articles/" + slug);
			assertThat(get(b, "/feed.xml").body()).contains("/articles/" + slug);
			assertThat(get(b, "/tags/" + word).body()).contains("/articles/" + slug);
		});

		// a second article with the same rare tag: node B suggests the first under it
		String second = Drafts.uniqueSlug("cluster-related");
		ArticleDraft next = Drafts.withBody(Drafts.publishable(second).withTags(List.of(word)), "More " + word + ".\n");
		EditableArticle other = editing.create(next, ClusterNodes.ADMIN_EMAIL);
		editing.publish(other.id(), other.version(), next, null, ClusterNodes.ADMIN_EMAIL);
		Eventually.within(WITHIN, () -> assertThat(b.getBean(RelatedArticles.class).forArticle(second))
			.anySatisfy(s -> assertThat(s.card().slug()).isEqualTo(slug)));

		// an edit: node B drops its prepared page and shows the new title
		ArticleDraft edited = new ArticleDraft("Renamed " + slug, slug, draft.summary(), draft.category(), draft.tags(),
				draft.author(), null, null, null, List.of(), false, List.of(), null, null, draft.body());
		editing.publish(live.id(), live.version(), edited, null, ClusterNodes.ADMIN_EMAIL);
		Eventually.within(WITHIN, () -> assertThat(get(b, "/articles/" + slug).body()).contains("Renamed " + slug));

		// node A, the content writer, wrote the file; node B wrote none
		assertThat(Files.readString(temp.resolve("content/articles/" + slug + ".md"))).contains("Renamed " + slug);
	}

	@Test
	void aFormServedByOneNodeIsAcceptedByTheOtherAndSoAreMailedLinks() {
		// each node has its own data directory: the keys come from the shared database
		String token = a.getBean(PublicForms.class).protection().token();
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/articles/any/comments");
		post.setRemoteAddr("203.0.113.50");
		post.addHeader("Origin", b.getBean(SiteProperties.class).baseUrl().toString());

		assertThat(b.getBean(PublicForms.class).check(post, "comment", token, null).accepted()).isTrue();
		String link = a.getBean(SignedValues.class).sign("delete-comments", "reader@cluster.test", Duration.ofDays(1));
		assertThat(b.getBean(SignedValues.class).verify("delete-comments", link)).contains("reader@cluster.test");
	}

	@Test
	void aSessionSignedInOnOneNodeWorksOnTheOther() throws Exception {
		String after = signIn(a);

		HttpResponse<String> onB = http.send(
				HttpRequest.newBuilder(ClusterNodes.uri(b, "/admin")).header("Cookie", "SESSION=" + after).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(onB.statusCode()).isEqualTo(200);
		JdbcClient jdbc = JdbcClient.create(b.getBean(DataSource.class));
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(ClusterNodes.ADMIN_EMAIL)
			.query(Long.class)
			.single()).isPositive();

		// the account's rights change (what a new password or role does to its stamp):
		// the
		// session ends on every node
		jdbc.sql("update editor_user set security_stamp = security_stamp + 1 where email = ?")
			.param(ClusterNodes.ADMIN_EMAIL)
			.update();
		HttpResponse<String> ended = http.send(HttpRequest.newBuilder(ClusterNodes.uri(b, "/admin"))
			.header("Accept", "text/html")
			.header("Cookie", "SESSION=" + after)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(ended.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void aScheduledArticleGoesLiveExactlyOnce() throws Exception {
		String slug = Drafts.uniqueSlug("cluster-scheduled");
		ArticleDraft draft = Drafts.publishable(slug);
		ArticleEditing editing = b.getBean(ArticleEditing.class);
		EditableArticle created = editing.create(draft, ClusterNodes.ADMIN_EMAIL);
		editing.publish(created.id(), created.version(), draft, Instant.now().plusSeconds(2), ClusterNodes.ADMIN_EMAIL);
		JdbcClient jdbc = JdbcClient.create(a.getBean(DataSource.class));
		long revisions = revisions(jdbc, created.id());

		Eventually.within(Duration.ofSeconds(10),
				() -> assertThat(get(b, "/articles/" + slug).statusCode()).isEqualTo(200));
		Thread.sleep(1500); // time for a second announcement, were there one
		List<String> forIt = published.stream().filter(p -> p.contains(":" + created.id() + ":")).toList();
		assertThat(forIt).as("announced by one node and replayed by the other").hasSize(2);
		assertThat(forIt.stream().filter(p -> p.endsWith(":local"))).hasSize(1);
		assertThat(jdbc.sql("select count(*) from cluster_event where kind = 'article-published' and article_id = ?")
			.param(created.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(revisions(jdbc, created.id())).as("going live writes no revision").isEqualTo(revisions);
		Eventually.within(Duration.ofSeconds(5),
				() -> assertThat(jdbc.sql("select count(*) from mail_outbox where mail_group = ?")
					.param("article:" + created.id())
					.query(Long.class)
					.single()).as("one mail for the one subscriber").isEqualTo(1));
	}

	@Test
	void aThemeChosenOnOneNodeIsShownByTheOtherWithinASecond() throws Exception {
		String session = signIn(a);
		try {
			assertThat(chooseTheme(session, "magazine").statusCode()).isEqualTo(302);
			Eventually.within(WITHIN, () -> assertThat(get(b, "/").body()).contains("/themes/magazine/css/magazine."));
		}
		finally {
			chooseTheme(session, "calm");
		}
		Eventually.within(WITHIN, () -> assertThat(get(b, "/").body()).contains("/themes/calm/css/calm."));
	}

	@Test
	void failedSignInsOnEitherNodeCountTowardsOneLockout() throws Exception {
		JdbcClient jdbc = JdbcClient.create(a.getBean(DataSource.class));
		try {
			for (int i = 0; i < 5; i++) {
				assertThat(attemptSignIn(i % 2 == 0 ? a : b, "not the password " + i).headers().firstValue("Location"))
					.hasValueSatisfying(location -> assertThat(location).contains("/login?error"));
			}

			assertThat(attemptSignIn(b, ClusterNodes.ADMIN_PASSWORD).headers().firstValue("Location"))
				.as("the right password, after 3 failures on A and 2 on B")
				.hasValueSatisfying(location -> assertThat(location).contains("/login?locked"));
		}
		finally {
			jdbc.sql("delete from login_failure").update();
		}
	}

	/** Chooses the reader theme on node A, as an admin does in the editor. */
	private HttpResponse<String> chooseTheme(String session, String name) throws Exception {
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(ClusterNodes.uri(a, "/admin/themes"))
			.header("Cookie", "SESSION=" + session)
			.build(), HttpResponse.BodyHandlers.ofString());
		return post(a, "/admin/themes/activate", session,
				"name=" + name + "&_csrf=" + BrowserForms.encode(BrowserForms.csrfToken(page)));
	}

	/** Signs the admin in on {@code node} through the login form; the session's id. */
	private String signIn(ConfigurableApplicationContext node) throws Exception {
		HttpResponse<String> signedIn = attemptSignIn(node, ClusterNodes.ADMIN_PASSWORD);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		return session(signedIn);
	}

	private HttpResponse<String> attemptSignIn(ConfigurableApplicationContext node, String password) throws Exception {
		HttpResponse<String> page = get(node, "/login");
		String form = "email=" + BrowserForms.encode(ClusterNodes.ADMIN_EMAIL) + "&password="
				+ BrowserForms.encode(password) + "&_csrf=" + BrowserForms.encode(BrowserForms.csrfToken(page));
		return post(node, "/login", session(page), form);
	}

	private HttpResponse<String> post(ConfigurableApplicationContext node, String path, String session, String form)
			throws Exception {
		return http.send(HttpRequest.newBuilder(ClusterNodes.uri(node, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + session)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static long revisions(JdbcClient jdbc, long article) {
		return jdbc.sql("select count(*) from revision where article_id = ?").param(article).query(Long.class).single();
	}

	private static ApplicationListener<PayloadApplicationEvent<ArticlePublished>> recorder(String node) {
		return event -> published
			.add(node + ":" + event.getPayload().articleId() + ":" + (EventOrigin.remote() ? "remote" : "local"));
	}

	private HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(ClusterNodes.uri(node, path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String session(HttpResponse<String> response) {
		String cookies = String.join("\n", response.headers().allValues("Set-Cookie"));
		Matcher matcher = SESSION.matcher(cookies);
		assertThat(matcher.find()).as("a SESSION cookie in " + cookies).isTrue();
		return matcher.group(1);
	}

}
