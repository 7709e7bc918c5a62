package org.haven.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crawl asks a real HTTP server on a loopback port for every address it meets and
 * writes what it answers, whatever letters the address has.
 */
class CrawlUnitTest {

	private static final Map<String, String> PAGES = Map.of("/",
			"<a href=\"/tags/ängste\">Ängste</a> <a href=\"/old\">old</a> <a href=\"/gone\">gone</a>", "/tags/ängste",
			"<h1>Ängste</h1> <a href=\"/\">home</a>");

	@TempDir
	Path out;

	HttpServer server;

	ExecutorService pool = Executors.newFixedThreadPool(4);

	@BeforeEach
	void startSite() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::answer);
		server.start();
	}

	@AfterEach
	void stopSite() {
		server.stop(0);
		pool.shutdownNow();
	}

	private void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath(); // decoded, as Tomcat decodes it
		String page = PAGES.get(path);
		if (path.equals("/old")) {
			exchange.getResponseHeaders().add("Location", "/");
			exchange.sendResponseHeaders(301, -1);
		}
		else {
			byte[] body = (page != null ? page : "<h1>Page not found</h1>").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/html;charset=UTF-8");
			exchange.sendResponseHeaders(page != null ? 200 : 404, body.length);
			try (OutputStream response = exchange.getResponseBody()) {
				response.write(body);
			}
		}
		exchange.close();
	}

	@Test
	void anAddressWithLettersOutsideAsciiIsFetchedAndWrittenUnderItsOwnName() throws Exception {
		Crawl crawl = crawl();

		crawl.run(List.of("/"));

		assertThat(ExportPaths.fileFor(out, "/tags/ängste", true)).content(StandardCharsets.UTF_8)
			.contains("<h1>Ängste</h1>");
		assertThat(crawl.written()).containsKeys("/", "/tags/ängste");
	}

	@Test
	void redirectsAreRememberedAndMissingPagesReportedWithTheirStatus() throws Exception {
		Crawl crawl = crawl();

		crawl.run(List.of("/"));

		assertThat(crawl.redirects()).containsEntry("/old", "/");
		assertThat(crawl.failed()).containsExactly("/gone: 404");
		assertThat(crawl.get("/gone").body()).asString(StandardCharsets.UTF_8).contains("Page not found");
	}

	private Crawl crawl() {
		URI origin = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
		return new Crawl(origin, new ExportedFiles(out, false), new SiteLinks(origin + "/"), pool, done -> {
		}, url -> false, url -> false);
	}

	@Test
	void anAddressIsSentAsABrowserSendsItWithWhatAUriMayNotHoldEncodedAndEscapesKept() {
		assertThat(Crawl.requestTarget("/tags/ängste")).isEqualTo("/tags/%C3%A4ngste");
		assertThat(Crawl.requestTarget("/media/<cover> 1.jpg")).isEqualTo("/media/%3Ccover%3E%201.jpg");
		assertThat(Crawl.requestTarget("/tags/%C3%A4ngste?page=2&x=1")).isEqualTo("/tags/%C3%A4ngste?page=2&x=1");
	}

}
