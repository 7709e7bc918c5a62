package org.haven.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.rometools.rome.io.SyndFeedInput;
import org.haven.article.ContentImport;
import org.haven.support.HtmlChecker;
import org.haven.support.Http;
import org.haven.support.SiteIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The static export of the sample site, served by a real nginx on a private loopback port
 * and crawled as a reader would: every page, feed and file is there at the same address,
 * no internal link is broken, pages are valid HTML, feeds parse, and old addresses
 * redirect.
 */
@SiteIntegrationTest
class StaticExportIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ContentImport contentImport;

	@Autowired
	StaticExport staticExport;

	@TempDir
	Path temp;

	Process nginx;

	@BeforeEach
	void importContent() {
		contentImport.importAll();
	}

	@AfterEach
	void stopNginx() throws InterruptedException {
		if (nginx != null) {
			nginx.destroy();
			nginx.waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void writesEveryKindOfPageAtTheAddressAStaticHostServes() throws IOException {
		Path out = temp.resolve("public");
		ExportReport report = export(out, false);

		assertThat(report.failed()).isEmpty();
		assertThat(out.resolve("index.html")).exists();
		assertThat(out.resolve("articles/behavioural-activation/index.html")).exists();
		assertThat(out.resolve("categories/index.html")).exists();
		assertThat(out.resolve("categories/depression/index.html")).exists();
		assertThat(out.resolve("categories/depression/feed.xml")).exists();
		assertThat(out.resolve("tags/index.html")).exists();
		assertThat(out.resolve("feed.xml")).exists();
		assertThat(out.resolve("atom.xml")).exists();
		assertThat(out.resolve("sitemap.xml")).exists();
		assertThat(out.resolve("robots.txt")).exists();
		assertThat(out.resolve("404.html")).content().contains("Page not found");
		assertThat(out.resolve("_redirects")).content().contains("/posts/:slug/ /articles/:slug 301");
		assertThat(out.resolve("_redirects")).content()
			.contains("/privacy-policy /privacy 301", "/ page_id=3 /privacy 301", "/ p=3 /privacy 301",
					"/start-here /articles/cbt-explained 301");
		assertThat(out.resolve("nginx-redirects.conf")).content().contains("if ($arg_page_id = \"3\")");
		try (Stream<Path> files = Files.walk(out.resolve("themes"))) {
			assertThat(files.map(Path::toString)).anyMatch(name -> name.endsWith(".css"));
		}
		assertThat(Files.readString(out.resolve("index.html"))).doesNotContain("action=\"/search\"");
	}

	@Test
	void whatOnlyTheRunningSiteCanAnswerIsLeftOutAndTwoExportsAreTheSameBytes() throws IOException {
		String live = new Http(port).get("/articles/behavioural-activation").body();
		assertThat(live).contains("method=\"post\"", "subscribe-block", "form-token",
				"/articles/behavioural-activation/comments/feed.xml");
		Path out = temp.resolve("public");
		Path again = temp.resolve("again");
		export(out, false);
		export(again, false);

		String exported = Files.readString(out.resolve("articles/behavioural-activation/index.html"));
		assertThat(exported).doesNotContain("method=\"post\"", "subscribe-block", "data-needs-server", "form-token")
			.contains("<h1", "class=\"prose\"");
		assertThat(out.resolve("subscribe/index.html")).doesNotExist();
		// no comments yet, and a static host takes none: no section, no empty feed
		assertThat(exported).doesNotContain("id=\"comments\"", "comments/feed.xml");
		assertThat(out.resolve("articles/behavioural-activation/comments/feed.xml")).doesNotExist();
		try (Stream<Path> files = Files.walk(out)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = out.relativize(file).toString();
				if (!name.equals(".haven-export")) {
					assertThat(again.resolve(name)).as(name).hasSameBinaryContentAs(file);
				}
			}
		}
	}

	@Test
	void anIncrementalExportRewritesOnlyWhatChanged() {
		Path out = temp.resolve("public");
		ExportReport first = export(out, false);
		ExportReport second = export(out, true);

		// nothing changed: only the site-wide indexes are rendered again, and none is
		// rewritten
		assertThat(second.pages()).isLessThan(first.pages() / 5);
		assertThat(second.written()).isLessThan(first.written() / 10);
		assertThat(second.removed()).isZero();
	}

	@Test
	void nginxServesTheExportWithNoBrokenLinkValidPagesAndFeedsThatParse() throws Exception {
		Path out = temp.resolve("public");
		export(out, false);
		int nginxPort = startNginx(out);
		Http http = new Http(nginxPort);

		List<String> broken = new ArrayList<>();
		List<String> pages = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/", "/feed.xml", "/sitemap.xml"));
		SiteLinks links = new SiteLinks("http://localhost:" + nginxPort);
		while (!queue.isEmpty()) {
			String path = queue.poll();
			if (!seen.add(path)) {
				continue;
			}
			HttpResponse<String> response = http.get(path);
			if (response.statusCode() == 301) {
				queue.add(URI.create(response.headers().firstValue("Location").orElseThrow()).getPath());
				continue;
			}
			if (response.statusCode() != 200) {
				broken.add(path + " " + response.statusCode());
				continue;
			}
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (type.contains("html")) {
				pages.add(path);
			}
			if (type.contains("html") || type.contains("css")) {
				links.in(path, type, response.body()).forEach(queue::add);
			}
		}

		assertThat(broken).isEmpty();
		assertThat(pages.size()).isGreaterThan(40);
		for (String page : pages.stream().filter(p -> p.startsWith("/articles/")).limit(3).toList()) {
			assertThat(HtmlChecker.errors(http.get(page).body())).as(page).isEmpty();
		}
		assertThat(HtmlChecker.errors(http.get("/").body())).isEmpty();
		assertThat(new SyndFeedInput().build(new StringReader(http.get("/feed.xml").body())).getEntries()).isNotEmpty();
		assertThat(new SyndFeedInput().build(new StringReader(http.get("/atom.xml").body())).getEntries()).isNotEmpty();
		assertThat(http.get("/posts/behavioural-activation/").headers().firstValue("Location").orElseThrow())
			.endsWith("/articles/behavioural-activation");
		// a WordPress site's subscribers keep their feeds
		assertThat(http.get("/feed/").headers().firstValue("Location").orElseThrow()).endsWith("/feed.xml");
		assertThat(http.get("/category/depression/feed/").headers().firstValue("Location").orElseThrow())
			.endsWith("/categories/depression/feed.xml");
		assertThat(http.get("/category/depression/").headers().firstValue("Location").orElseThrow())
			.endsWith("/categories/depression");
		// a page's old addresses, WordPress's query ones included
		assertThat(http.get("/privacy-policy/").headers().firstValue("Location").orElseThrow()).endsWith("/privacy");
		assertThat(http.get("/?page_id=3").headers().firstValue("Location").orElseThrow()).endsWith("/privacy");
		assertThat(http.get("/?page_id=4").statusCode()).isEqualTo(200);
		// and the query forms of WordPress's feeds and archives
		assertThat(http.get("/?feed=rss2").headers().firstValue("Location").orElseThrow()).endsWith("/feed.xml");
		assertThat(http.get("/?tag=low-mood").headers().firstValue("Location").orElseThrow())
			.endsWith("/tags/low-mood");
		assertThat(http.get("/?category_name=parent/depression").headers().firstValue("Location").orElseThrow())
			.endsWith("/categories/depression");
		assertThat(http.get("/no-such-page").statusCode()).isEqualTo(404);
	}

	private ExportReport export(Path out, boolean incremental) {
		return staticExport.export(URI.create("http://127.0.0.1:" + port), out, incremental, done -> {
		});
	}

	private int startNginx(Path root) throws IOException, InterruptedException {
		int free;
		try (ServerSocket socket = new ServerSocket(0)) {
			free = socket.getLocalPort();
		}
		Path prefix = Files.createDirectories(temp.resolve("nginx"));
		Files.createDirectories(prefix.resolve("logs"));
		Path conf = prefix.resolve("nginx.conf");
		Files.writeString(conf, """
				daemon off;
				user %4$s;
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/logs/error.log;
				events { worker_connections 64; }
				http {
				    include /etc/nginx/mime.types;
				    access_log off;
				    client_body_temp_path %1$s/body;
				    proxy_temp_path %1$s/proxy;
				    fastcgi_temp_path %1$s/fastcgi;
				    uwsgi_temp_path %1$s/uwsgi;
				    scgi_temp_path %1$s/scgi;
				    server {
				        listen 127.0.0.1:%2$d;
				        root %3$s;
				        include %3$s/nginx-redirects.conf;
				    }
				}
				""".formatted(prefix, free, root.toAbsolutePath(), System.getProperty("user.name")));
		nginx = new ProcessBuilder("/usr/sbin/nginx", "-p", prefix.toString(), "-c", conf.toString())
			.redirectErrorStream(true)
			.redirectOutput(prefix.resolve("logs/out.log").toFile())
			.start();
		for (int i = 0; i < 50; i++) {
			try (var socket = new java.net.Socket("127.0.0.1", free)) {
				return free;
			}
			catch (IOException notYet) {
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("nginx did not start: " + Files.readString(prefix.resolve("logs/out.log")));
	}

}
