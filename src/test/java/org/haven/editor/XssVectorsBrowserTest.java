package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.article.Articles;
import org.haven.article.ContentImport;
import org.haven.article.ImportReport;
import org.haven.comment.CommentStatus;
import org.haven.comment.Moderation;
import org.haven.comment.ModerationAction;
import org.haven.comment.QueueItem;
import org.haven.content.ContentProperties;
import org.haven.content.DraftRejected;
import org.haven.support.Browser;
import org.haven.support.CommentForms;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.MutableClock;
import org.haven.support.ScriptHook;
import org.haven.support.XssVectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OWASP filter-evasion vectors ({@link XssVectors}) in every input a person can fill
 * in: an article's body and front matter (title, summary, description, tags, author name,
 * references, FAQ, content warning, cover alt), comments, search queries and theme
 * settings. Every page they reach, for readers (article, lists, feeds, search) and in the
 * admin (lists, editor with its live preview, preview, moderation), is opened in headless
 * Chromium with a {@link ScriptHook}: no script may run, no policy violation may be
 * reported, and no handler or {@code javascript:} URL may be left in the page.
 */
@EditorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssVectorsBrowserTest {

	static final String SLUG = "xss-filter-evasion";

	static final String ARTICLE = "/articles/" + SLUG;

	static final String ALL = String.join(" ", XssVectors.ALL);

	@LocalServerPort
	int port;

	@Autowired
	ContentImport contentImport;

	@Autowired
	ContentProperties content;

	@Autowired
	Articles articles;

	@Autowired
	Moderation moderation;

	@Autowired
	Appearance appearance;

	@Autowired
	MutableClock clock;

	ChromeDriver browser;

	@BeforeAll
	void writeTheVectorsEverywhereAndStartTheBrowser() throws IOException {
		Files.writeString(content.dir().resolve("articles/" + SLUG + ".md"), articleFile(), StandardCharsets.UTF_8);
		ImportReport report = contentImport.importAll();
		assertThat(report.problems()).as("import problems").noneMatch(p -> p.toString().contains(SLUG));
		assertThat(articles.published(SLUG)).as("the article is published").isPresent();
		comment();
		browser = Browser.start(1200, 900);
		ScriptHook.install(browser);
	}

	@AfterAll
	void stopBrowser() {
		clock.set(EditorIntegrationTest.NOW);
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void noVectorRunsOnTheReadersPages() {
		List<String> pages = new ArrayList<>(List.of(ARTICLE, "/", "/tags", "/categories/therapy", "/archive/2026/11",
				"/feed.xml", "/atom.xml", "/sitemap.xml", "/comments/feed.xml", ARTICLE + "/comments/feed.xml",
				"/search?q=XSS", "/search?q=alert"));
		browser.get(url(ARTICLE));
		browser.findElements(By.cssSelector("a[href^='/tags/'], a[href^='/authors/']"))
			.stream()
			.map(link -> link.getDomAttribute("href"))
			.distinct()
			.forEach(pages::add);
		XssVectors.ALL.forEach(vector -> pages.add("/search?q=" + URLEncoder.encode(vector, StandardCharsets.UTF_8)));

		assertThat(pages).hasSizeGreaterThan(XssVectors.ALL.size() + 15);
		assertThat(findingsOn(pages)).isEmpty();
	}

	@Test
	void noVectorRunsInTheAdmin() {
		signIn();
		long id = articles.publishedIds(List.of(SLUG)).get(SLUG);
		List<String> findings = new ArrayList<>(findingsOn(List.of("/admin", "/admin/articles", "/admin/articles?q=XSS",
				"/admin/articles/" + id + "/revisions", "/admin/comments", "/admin/tags", "/admin/reviews",
				"/admin/calendar", "/admin/articles/" + id + "/edit")));
		// the live preview fetches the rendered draft and puts it into the editor's page
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(d -> !d.findElement(By.id("live-preview-body")).getText().isBlank());
		findings.addAll(ScriptHook.findings(browser));
		// the full preview, in this tab (the button opens another window, which has no
		// hook)
		browser.executeScript("const b = document.getElementById('preview-button');"
				+ " b.removeAttribute('formtarget'); b.click();");
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/preview"));
		findings.addAll(ScriptHook.findings(browser));

		assertThat(findings).isEmpty();
	}

	@Test
	void noThemeSettingLetsAVectorRun() {
		List<String> findings = new ArrayList<>();
		int refused = 0;
		try {
			for (String vector : XssVectors.ALL) {
				for (Map<String, String> settings : List.of(Map.of("accent", vector),
						Map.of("quick_exit", "true", "quick_exit_url", vector),
						Map.of("quick_exit", "true", "quick_exit_url", "https://example.org/" + vector))) {
					try {
						appearance.chooseSettings(settings, EditorIntegrationTest.ADMIN_EMAIL);
					}
					catch (DraftRejected ex) {
						refused++;
						continue;
					}
					// the layout renders them on every page alike: the article page
					// stands for all
					findings.addAll(findingsOn(List.of(ARTICLE)));
				}
			}
		}
		finally {
			appearance.resetSettings();
		}

		assertThat(refused).as("colours that are not colours are refused")
			.isGreaterThanOrEqualTo(XssVectors.ALL.size());
		assertThat(findings).isEmpty();
	}

	private List<String> findingsOn(List<String> paths) {
		List<String> findings = new ArrayList<>();
		for (String path : paths) {
			browser.get(url(path));
			ScriptHook.findings(browser).forEach(finding -> findings.add(path + " → " + finding));
		}
		return findings;
	}

	/** Every vector as an approved comment on the article, from commenters in turn. */
	private void comment() {
		CommentForms forms = new CommentForms(port);
		clock.set(EditorIntegrationTest.NOW.plus(Duration.ofHours(9)));
		String token = forms.tokenOn(ARTICLE);
		for (int i = 0; i < XssVectors.ALL.size(); i++) {
			if (i % 9 == 0) {
				clock.advance(Duration.ofMinutes(11)); // past the rate limit of one
														// address
				token = forms.tokenOn(ARTICLE + "?fresh=" + i); // a form of this time,
																// not a cached page's
			}
			String vector = XssVectors.ALL.get(i); // a name keeps at most 80 characters
			assertThat(forms
				.post(ARTICLE + "/comments",
						CommentForms.comment(token, vector.substring(0, Math.min(80, vector.length())), vector))
				.statusCode()).as(vector).isEqualTo(200);
		}
		for (CommentStatus status : List.of(CommentStatus.PENDING, CommentStatus.SPAM)) {
			moderation.apply(ModerationAction.APPROVE,
					moderation.queue(status, 500)
						.stream()
						.filter(item -> item.articleUrl().endsWith(ARTICLE))
						.map(QueueItem::id)
						.toList(),
					EditorIntegrationTest.ADMIN_EMAIL);
		}
	}

	/**
	 * As many whole vectors, in order, as fit in {@code max} characters: the longest
	 * value a field keeps (longer ones are refused at import with their line named).
	 */
	private static String fitting(int max) {
		StringBuilder joined = new StringBuilder();
		for (String vector : XssVectors.ALL) {
			if (joined.length() + 1 + vector.length() <= max) {
				joined.append(joined.isEmpty() ? "" : " ").append(vector);
			}
		}
		return joined.toString();
	}

	/** The article, with a vector in every front-matter field a person writes. */
	private static String articleFile() {
		Map<String, Object> front = new LinkedHashMap<>();
		front.put("title", "XSS " + fitting(296)); // the longest title kept is 300
		front.put("slug", SLUG);
		front.put("date", "2026-11-20T08:00:00Z");
		front.put("categories", List.of("therapy"));
		front.put("tags", XssVectors.ALL.stream().filter(v -> v.length() <= 120).toList());
		front.put("summary", ALL);
		front.put("description", ALL);
		// one vector: a name longer than 120 characters is refused at import, naming its
		// line
		front.put("author", "\"><img src=x onerror=alert(1)> ' onmouseover='alert(1)' x='");
		front.put("content_notes", List.of("suicide"));
		front.put("content_warning", fitting(500));
		front.put("cover", "/media/missing-cover.jpg");
		front.put("cover_alt", fitting(500));
		front.put("cover_caption", fitting(2000));
		front.put("faq", XssVectors.ALL.stream().map(v -> Map.of("q", v, "a", v)).toList());
		front.put("references",
				XssVectors.ALL.stream()
					.map(v -> Map.of("title", v, "authors", List.of(v), "year", 2020, "journal", v, "details", v,
							"publisher", v, "url", v))
					.toList());
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < XssVectors.ALL.size(); i++) {
			String vector = XssVectors.ALL.get(i);
			body.append("## ")
				.append(vector)
				.append("\n\n")
				.append(vector)
				.append("\n\n| cell |\n|---|\n| ")
				.append(vector.replace("|", "\\|"))
				.append(" |\n\nA footnote[^")
				.append(i)
				.append("].\n\n[^")
				.append(i)
				.append("]: ")
				.append(vector)
				.append("\n\n");
		}
		return "---\n" + new Yaml(options).dump(front) + "---\n\n" + body;
	}

	private void signIn() {
		browser.get(url("/login"));
		browser.findElement(By.id("field-email")).sendKeys(EditorIntegrationTest.ADMIN_EMAIL);
		browser.findElement(By.id("field-password")).sendKeys(EditorIntegrationTest.ADMIN_PASSWORD);
		browser.findElement(By.cssSelector("main button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().endsWith("/login"));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
