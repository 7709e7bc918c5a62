package org.haven.export;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

import org.haven.article.Articles;
import org.haven.config.SiteProperties;
import org.springframework.stereotype.Service;

/**
 * Writes the public site as files by asking the running application for every address a
 * reader can reach, starting from the home page, the sitemap, the feeds, robots and the
 * help page, and following every same-site link, image, style sheet and script. The pages
 * are exactly what the site serves; only pagination moves from {@code ?page=} to
 * {@code /page/N/} and the search box is removed (a static host cannot answer a query).
 */
@Service
public class StaticExport {

	private static final List<String> SEEDS = List.of("/", "/sitemap.xml", "/robots.txt", "/feed.xml", "/atom.xml",
			"/categories", "/tags", "/help");

	private static final Pattern SEARCH_FORM = Pattern.compile("<form[^>]*role=\"search\"[^>]*>.*?</form>",
			Pattern.DOTALL);

	private static final String MISSING = "/haven-export-page-that-does-not-exist";

	private final Articles articles;

	private final SiteProperties site;

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	StaticExport(Articles articles, SiteProperties site) {
		this.articles = articles;
		this.site = site;
	}

	/**
	 * Exports the site answering at {@code origin} (this application, on a loopback port)
	 * into {@code out}. {@code progress} hears the count of addresses done.
	 */
	public ExportReport export(URI origin, Path out, boolean incremental, IntConsumer progress) {
		long started = System.nanoTime();
		ExportedFiles files = new ExportedFiles(out, incremental);
		SiteLinks links = new SiteLinks(site.baseUrl().toString());
		Redirects redirects = new Redirects();
		articles.aliases().forEach(redirects::add);
		Set<String> seen = ConcurrentHashMap.newKeySet();
		List<String> failed = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger done = new AtomicInteger();
		int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		Crawl crawl = new Crawl(origin, files, links, redirects, seen, failed, done, progress, pool);
		try {
			crawl.inFlight.incrementAndGet();
			SEEDS.forEach(crawl::visit);
			crawl.finished();
			crawl.allDone.await();
			crawl.notFoundPage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("export interrupted", ex);
		}
		finally {
			pool.shutdown();
		}
		files.write(out.resolve("_redirects"), redirects.netlify());
		files.write(out.resolve("nginx-redirects.conf"), redirects.nginx());
		int removed = files.removeStale();
		return new ExportReport(done.get(), files.written(), files.unchanged(), removed, redirects.size(),
				List.copyOf(failed), Duration.ofNanos(System.nanoTime() - started));
	}

	/** One run's shared state: what was seen, what is pending, where it goes. */
	private final class Crawl {

		private final URI origin;

		private final ExportedFiles files;

		private final SiteLinks links;

		private final Redirects redirects;

		private final Set<String> seen;

		private final List<String> failed;

		private final AtomicInteger done;

		private final IntConsumer progress;

		private final ExecutorService pool;

		/** Addresses queued or being fetched; the crawl is over when none is left. */
		final AtomicInteger inFlight = new AtomicInteger();

		final CountDownLatch allDone = new CountDownLatch(1);

		Crawl(URI origin, ExportedFiles files, SiteLinks links, Redirects redirects, Set<String> seen,
				List<String> failed, AtomicInteger done, IntConsumer progress, ExecutorService pool) {
			this.origin = origin;
			this.files = files;
			this.links = links;
			this.redirects = redirects;
			this.seen = seen;
			this.failed = failed;
			this.done = done;
			this.progress = progress;
			this.pool = pool;
		}

		void finished() {
			if (inFlight.decrementAndGet() == 0) {
				allDone.countDown();
			}
		}

		void visit(String url) {
			if (url.startsWith("/search") || url.startsWith("/admin") || url.startsWith("/api/")
					|| url.startsWith("/actuator") || !seen.add(url)) {
				return;
			}
			inFlight.incrementAndGet();
			pool.execute(() -> {
				try {
					fetch(url);
				}
				catch (RuntimeException ex) {
					failed.add(url + ": " + ex.getMessage());
				}
				finally {
					progress.accept(done.incrementAndGet());
					finished();
				}
			});
		}

		void notFoundPage() {
			HttpResponse<byte[]> response = get(MISSING);
			files.write(files.root().resolve("404.html"), response.body());
		}

		private void fetch(String url) {
			HttpResponse<byte[]> response = get(url);
			int status = response.statusCode();
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (status == 301 || status == 302 || status == 308) {
				String location = response.headers().firstValue("Location").orElse("");
				String target = location.startsWith(origin.toString()) ? location.substring(origin.toString().length())
						: location;
				if (!url.contains("?")) {
					redirects.add(url, target);
				}
				links.in(url, "text/html", " href=\"" + target + "\"").forEach(this::visit);
				return;
			}
			if (status == 404 && url.equals("/help")) {
				return;
			}
			if (status != 200) {
				failed.add(url + ": " + status);
				return;
			}
			byte[] body = response.body();
			boolean html = type.contains("text/html");
			if (html || type.contains("css") || type.contains("xml")) {
				String text = new String(body, StandardCharsets.UTF_8);
				links.in(url, type, text).forEach(this::visit);
				if (html) {
					text = ExportPaths.rewritePagination(SEARCH_FORM.matcher(text).replaceAll(""));
					body = text.getBytes(StandardCharsets.UTF_8);
				}
			}
			files.write(ExportPaths.fileFor(files.root(), ExportPaths.staticAddress(url), html), body);
		}

		private HttpResponse<byte[]> get(String url) {
			HttpRequest request = HttpRequest.newBuilder(origin.resolve(url.replace(" ", "%20")))
				.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
				.timeout(Duration.ofSeconds(60))
				.build();
			try {
				return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			}
			catch (IOException ex) {
				throw new IllegalStateException("cannot fetch " + url + ": " + ex.getMessage(), ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted fetching " + url, ex);
			}
		}

	}

}
