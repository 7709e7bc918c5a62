package org.haven.export;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

import org.haven.export.ExportManifest.Written;

/**
 * One export's crawl of the running site: fetches addresses on a pool, writes what they
 * answer, follows same-site links, and remembers for the manifest what each page
 * mentions. Addresses {@code kept} says are still as written are not fetched; a known
 * address that is no longer there is {@code gone}. {@link #run} may be called more than
 * once (an incremental export crawls in two rounds); an address is fetched once.
 */
final class Crawl {

	private static final Set<String> OPTIONAL = Set.of("/help");

	private static final int CONNECT_TIMEOUT_MS = 5_000;

	private static final int READ_TIMEOUT_MS = 60_000;

	private final URI origin;

	private final ExportedFiles files;

	private final SiteLinks links;

	private final ExecutorService pool;

	private final IntConsumer progress;

	private final Predicate<String> kept;

	private final Predicate<String> known;

	private final Set<String> seen = ConcurrentHashMap.newKeySet();

	private final List<String> failed = Collections.synchronizedList(new ArrayList<>());

	private final Map<String, Written> written = new ConcurrentHashMap<>();

	private final Map<String, String> redirects = new ConcurrentHashMap<>();

	private final Set<String> gone = ConcurrentHashMap.newKeySet();

	private final AtomicInteger done = new AtomicInteger();

	private final AtomicInteger inFlight = new AtomicInteger();

	private volatile CountDownLatch allDone = new CountDownLatch(1);

	Crawl(URI origin, ExportedFiles files, SiteLinks links, ExecutorService pool, IntConsumer progress,
			Predicate<String> kept, Predicate<String> known) {
		this.origin = origin;
		this.files = files;
		this.links = links;
		this.pool = pool;
		this.progress = progress;
		this.kept = kept;
		this.known = known;
	}

	/**
	 * Fetches {@code start} and everything reachable from it; returns when all are done.
	 */
	void run(Collection<String> start) throws InterruptedException {
		allDone = new CountDownLatch(1);
		inFlight.incrementAndGet();
		start.forEach(this::visit);
		finished();
		allDone.await();
	}

	private void visit(String url) {
		if (url.startsWith("/search") || url.startsWith("/admin") || url.startsWith("/api/")
				|| url.startsWith("/actuator") || kept.test(url) || !seen.add(url)) {
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

	private void finished() {
		if (inFlight.decrementAndGet() == 0) {
			allDone.countDown();
		}
	}

	private void fetch(String url) {
		Answer response = get(url);
		int status = response.status();
		String type = response.type();
		if (known.test(url) && status != 200) {
			gone.add(url); // a page of the last export the site no longer has
			return;
		}
		if (status == 301 || status == 302 || status == 308) {
			String location = response.location();
			String target = location.startsWith(origin.toString()) ? location.substring(origin.toString().length())
					: location;
			if (!url.contains("?")) {
				redirects.put(url, target);
			}
			links.in(url, "text/html", " href=\"" + target + "\"").forEach(this::visit);
			return;
		}
		if (status == 404 && OPTIONAL.contains(url)) {
			return;
		}
		if (status != 200) {
			failed.add(url + ": " + status);
			return;
		}
		byte[] body = response.body();
		boolean html = type.contains("text/html");
		List<String> mentions = List.of();
		if (html || type.contains("css") || type.contains("xml")) {
			String text = new String(body, StandardCharsets.UTF_8);
			// what a static host cannot answer goes first, so that the links only it had
			// (the newsletter form's "more choices") are not followed
			String kept = html ? PageText.forStaticHost(text) : text;
			links.in(url, type, kept).forEach(this::visit);
			mentions = PageText.mentionedSlugs(kept);
			if (html) {
				String rewritten = ExportPaths.rewritePagination(kept);
				if (rewritten != text) {
					body = rewritten.getBytes(StandardCharsets.UTF_8);
				}
			}
		}
		files.write(ExportPaths.fileFor(files.root(), ExportPaths.staticAddress(url), html), body);
		written.put(url, new Written(html, mentions));
	}

	/**
	 * Asks the site for {@code url} on the calling thread. The JDK's blocking client
	 * reuses kept-alive connections and needs no selector thread or hand-offs between
	 * threads, which on a busy machine cost more than the request itself.
	 */
	Answer get(String url) {
		try {
			URI address = origin.resolve(requestTarget(url));
			// No proxy: the site is on a loopback port
			HttpURLConnection connection = (HttpURLConnection) address.toURL().openConnection(Proxy.NO_PROXY);
			connection.setInstanceFollowRedirects(false);
			connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
			connection.setReadTimeout(READ_TIMEOUT_MS);
			connection.setRequestProperty("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
			int status = connection.getResponseCode();
			byte[] body;
			// Read to the end either way, so that the connection is kept alive
			try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
				body = (in != null) ? in.readAllBytes() : new byte[0];
			}
			return new Answer(status, header(connection, "Content-Type"), header(connection, "Location"), body);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot fetch " + url + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The address as a browser sends it: what a URI may not hold (letters outside ASCII,
	 * as in a tag such as "ängste", spaces, {@code <>"{}|\\^`}) percent-encoded as UTF-8,
	 * escapes already there kept.
	 */
	static String requestTarget(String url) {
		StringBuilder out = new StringBuilder(url.length() + 16);
		for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (c > 0x20 && c < 0x7f && "<>\"{}|\\^`".indexOf(c) < 0) {
				out.append((char) c);
			}
			else {
				out.append('%')
					.append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return out.toString();
	}

	private static String header(HttpURLConnection connection, String name) {
		String value = connection.getHeaderField(name);
		return (value != null) ? value : "";
	}

	/**
	 * What the site answered: the status, two headers (empty when absent) and the body.
	 */
	record Answer(int status, String type, String location, byte[] body) {
	}

	/** Addresses fetched and written in this run, with what they mention. */
	Map<String, Written> written() {
		return written;
	}

	/** Redirects met on the way (old addresses still linked somewhere). */
	Map<String, String> redirects() {
		return redirects;
	}

	Set<String> gone() {
		return gone;
	}

	Set<String> fetched() {
		return seen;
	}

	List<String> failed() {
		return List.copyOf(failed);
	}

	int done() {
		return done.get();
	}

}
