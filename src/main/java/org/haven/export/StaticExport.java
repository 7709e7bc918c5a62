package org.haven.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.haven.article.Articles;
import org.haven.config.SiteProperties;
import org.haven.export.ExportManifest.ArticleStamp;
import org.haven.export.ExportManifest.Written;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Writes the public site as files by asking the running application for every address a
 * reader can reach, starting from the home page, the sitemap, the feeds, robots and the
 * help page, and following every same-site link, image, style sheet and script. The pages
 * are exactly what the site serves; only pagination moves from {@code ?page=} to
 * {@code /page/N/} and the search box is removed (a static host cannot answer a query).
 *
 * <p>
 * Each export leaves a manifest ({@link ExportManifest}) beside the files. An incremental
 * export renders again only what the articles changed since then touch
 * ({@link ExportPlan}), and rewrites only files whose bytes changed; when anything else
 * the pages show changed (pages, authors, categories), or there is no manifest, it
 * renders everything.
 */
@Service
public class StaticExport {

	private static final List<String> SEEDS = List.of("/", "/sitemap.xml", "/robots.txt", "/feed.xml", "/atom.xml",
			"/categories", "/tags", "/help");

	/**
	 * Site-wide indexes an incremental run always renders again: they count and list
	 * everything.
	 */
	private static final List<String> INDEXES = List.of("/authors", "/archive");

	private static final String MISSING = "/haven-export-page-that-does-not-exist";

	/**
	 * Two requests in flight per core: while one waits on the socket, another renders.
	 */
	static final int CRAWL_THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

	private final Articles articles;

	private final SiteProperties site;

	/**
	 * The manifest this exporter wrote last, with its file's size and time then: a
	 * watching export, which runs again and again into the same folder, takes it from
	 * memory instead of parsing 30,000 lines for each edit.
	 */
	private volatile @Nullable KeptManifest kept;

	private record KeptManifest(Path file, long size, FileTime modified, ExportManifest manifest) {
	}

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
		String state = articles.siteState();
		Map<String, ArticleStamp> stamps = articles.publishedVersions()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					e -> new ArticleStamp(e.getValue().id() + "." + e.getValue().version(),
							e.getValue().publishedAt().toEpochMilli())));
		Optional<ExportManifest> previous = incremental
				? previousManifest(out).filter(manifest -> manifest.state().equals(state)) : Optional.empty();
		ExportedFiles files = new ExportedFiles(out, incremental);
		SiteLinks links = new SiteLinks(site.baseUrl().toString());
		ExecutorService pool = Executors.newFixedThreadPool(CRAWL_THREADS);
		try {
			Crawl crawl = previous.isPresent() ? changes(origin, files, links, pool, progress, previous.get(), stamps)
					: everything(origin, files, links, pool, progress);
			Map<String, Written> written = new HashMap<>(crawl.written());
			Map<String, String> met = new HashMap<>(crawl.redirects());
			previous.ifPresent(before -> keepUnchanged(before, crawl, written, met, out));
			Redirects redirects = new Redirects();
			articles.aliases().forEach(redirects::add);
			met.forEach(redirects::add);
			Crawl.Answer notFound = crawl.get(MISSING);
			files.write(out.resolve("404.html"), notFound.body());
			files.write(out.resolve("_redirects"), redirects.netlify());
			files.write(out.resolve("nginx-redirects.conf"), redirects.nginx());
			keep(files, out.resolve(ExportManifest.FILE), new ExportManifest(state, stamps, written, met));
			int removed = previous.isPresent() ? crawl.gone().size() : files.removeStale();
			return new ExportReport(crawl.done(), files.written(), files.unchanged(), removed, redirects.size(),
					crawl.failed(), Duration.ofNanos(System.nanoTime() - started));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("export interrupted", ex);
		}
		finally {
			pool.shutdown();
		}
	}

	private Crawl everything(URI origin, ExportedFiles files, SiteLinks links, ExecutorService pool,
			IntConsumer progress) throws InterruptedException {
		Crawl crawl = new Crawl(origin, files, links, pool, progress, url -> false, url -> false);
		crawl.run(SEEDS);
		return crawl;
	}

	/**
	 * Two rounds: the touched articles first, whose new pages say which lists they joined
	 * or left, then every other dirty address. Addresses the last export wrote and the
	 * plan leaves clean are not fetched.
	 */
	private Crawl changes(URI origin, ExportedFiles files, SiteLinks links, ExecutorService pool, IntConsumer progress,
			ExportManifest before, Map<String, ArticleStamp> stamps) throws InterruptedException {
		List<String> always = new ArrayList<>(SEEDS);
		INDEXES.stream().filter(before.pages()::containsKey).forEach(always::add);
		ExportPlan plan = new ExportPlan(before, stamps, always);
		Set<String> knownPages = before.pages().keySet();
		Crawl crawl = new Crawl(origin, files, links, pool, progress,
				url -> (knownPages.contains(url) || before.redirects().containsKey(url)) && !plan.isDirty(url),
				knownPages::contains);
		crawl.run(plan.touchedArticles());
		for (String slug : plan.touched()) {
			Written page = crawl.written().get("/articles/" + slug);
			if (page != null) {
				Path file = ExportPaths.fileFor(files.root(), "/articles/" + slug, true);
				Set<String> lists = articles.listsOf(slug).map(ExportPlan::listAddresses).orElse(Set.of());
				plan.afterArticle(slug, lists, links.in("/articles/" + slug, "text/html", read(file)));
			}
		}
		crawl.run(plan.dirty());
		return crawl;
	}

	/**
	 * Carries over what the last export wrote and this run did not fetch, and deletes the
	 * files of addresses that are gone.
	 */
	private static void keepUnchanged(ExportManifest before, Crawl crawl, Map<String, Written> written,
			Map<String, String> met, Path out) {
		Set<String> fetched = crawl.fetched();
		before.pages().forEach((address, page) -> {
			if (!fetched.contains(address)) {
				written.put(address, page);
			}
		});
		before.redirects().forEach((from, to) -> {
			if (!fetched.contains(from)) {
				met.putIfAbsent(from, to);
			}
		});
		for (String address : crawl.gone()) {
			Written page = before.pages().get(address);
			try {
				Files.deleteIfExists(ExportPaths.fileFor(out, ExportPaths.staticAddress(address), page.html()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot remove the page of " + address, ex);
			}
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	private Optional<ExportManifest> previousManifest(Path out) {
		Path file = out.resolve(ExportManifest.FILE);
		KeptManifest last = kept;
		try {
			if (last != null && last.file().equals(file) && Files.size(file) == last.size()
					&& Files.getLastModifiedTime(file).equals(last.modified())) {
				return Optional.of(last.manifest());
			}
		}
		catch (IOException ex) {
			// gone or unreadable: read it as a first run would
		}
		return ExportManifest.read(out);
	}

	private void keep(ExportedFiles files, Path file, ExportManifest manifest) {
		files.write(file, manifest.bytes());
		try {
			kept = new KeptManifest(file, Files.size(file), Files.getLastModifiedTime(file), manifest);
		}
		catch (IOException ex) {
			kept = null; // the next run reads the file
		}
	}

}
