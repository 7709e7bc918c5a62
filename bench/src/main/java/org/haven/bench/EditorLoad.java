package org.haven.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The editor's side of {@code bench/editor.sh}: saves published articles through the JSON API ({@code PUT
 * /api/v1/articles/{id}} with a changed body; a published article stays published, so one call renders, writes the
 * file back, updates the indexes and clears caches before it answers) and times them. The token comes from the
 * environment variable {@code HAVEN_TOKEN}.
 *
 * <pre>
 * EditorLoad pick    &lt;base&gt; &lt;exclude-slug&gt; &lt;count&gt;                  published articles, by slug, that a save
 *                                                                 can keep published: "id slug" lines
 * EditorLoad latency &lt;base&gt; &lt;articles-file&gt; &lt;warm-up&gt; &lt;rounds&gt;   saves round-robin; then polls search and the page
 * EditorLoad burst   &lt;base&gt; &lt;articles-file&gt; &lt;go-file&gt;             one save of each, back to back, once go-file exists
 * </pre>
 *
 * Figures are printed as {@code name median=… p90=… p99=… max=… n=…} lines (milliseconds), for the script to read.
 */
public final class EditorLoad {

	private static final Duration VISIBLE_TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	private final String token;

	/** A marker unique to this run, so a search for it finds only what this run saved. */
	private final String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

	private int saves;

	EditorLoad(String base, String token) {
		this.base = base;
		this.token = token;
	}

	public static void main(String[] args) throws Exception {
		String token = System.getenv("HAVEN_TOKEN");
		if (args.length < 3 || token == null || token.isBlank()) {
			System.err.println("usage: HAVEN_TOKEN=hvn_... EditorLoad pick|latency|burst <base> ... (see the class)");
			System.exit(2);
		}
		EditorLoad load = new EditorLoad(args[1], token);
		switch (args[0]) {
			case "pick" -> load.pick(args[2], Integer.parseInt(args[3]));
			case "latency" -> load.latency(Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
			case "burst" -> load.burst(Path.of(args[2]), Path.of(args[3]));
			default -> throw new IllegalArgumentException("unknown command " + args[0]);
		}
	}

	/** Every published article, sorted by slug (the same on every run of the same corpus), minus one. */
	private void pick(String excluded, int count) {
		List<String[]> found = new ArrayList<>();
		for (int page = 1;; page++) {
			JsonNode slice = get("/api/v1/articles?stage=published&size=100&page=" + page);
			for (JsonNode row : slice.path("items")) {
				String slug = row.path("slug").asString();
				if (!slug.equals(excluded)) {
					found.add(new String[] { row.path("id").asString(), slug });
				}
			}
			if (page >= slice.path("totalPages").asInt()) {
				break;
			}
		}
		found.sort(Comparator.comparing((String[] row) -> row[1]));
		int picked = 0;
		for (int i = 0; i < found.size() && picked < count; i++) {
			String[] row = found.get(i);
			// most generated articles link to guides that are not in the corpus, and some tagged "Crisis support" have
			// no link to help: the publish checks refuse to save those as they are
			JsonNode article = get("/api/v1/articles/" + row[0]);
			boolean openFinding = false;
			for (JsonNode finding : article.path("safeMessaging")) {
				openFinding |= finding.path("acknowledged").isNull() || finding.path("acknowledged").isMissingNode();
			}
			if (!openFinding && !article.path("draft").path("body").asString().contains("](/articles/")) {
				System.out.println(row[0] + " " + row[1]);
				picked++;
			}
		}
	}

	/**
	 * {@code warmUp} then {@code rounds} saves, cycling over the articles. After each save, polls {@code /search} for
	 * the round's marker word until the article is found, then checks the article page shows it.
	 */
	private void latency(Path articlesFile, int warmUp, int rounds) {
		List<Edited> articles = load(articlesFile);
		double[] save = new double[rounds];
		double[] visible = new double[rounds];
		int stale = 0;
		for (int i = 0; i < warmUp + rounds; i++) {
			Edited article = articles.get(i % articles.size());
			String marker = marker();
			long started = System.nanoTime();
			save(article, marker);
			long saved = System.nanoTime();
			waitUntilFound(marker, article.slug);
			long found = System.nanoTime();
			if (!fetch("/articles/" + article.slug).contains(marker)) {
				stale++;
			}
			if (i >= warmUp) {
				save[i - warmUp] = (saved - started) / 1e6;
				visible[i - warmUp] = (found - started) / 1e6;
			}
		}
		print("save", save);
		print("visible_in_search", visible);
		System.out.println("stale_article_pages " + stale);
	}

	/** Reads every article first, says "ready", waits for {@code goFile}, then saves each once, back to back. */
	private void burst(Path articlesFile, Path goFile) throws InterruptedException {
		List<Edited> articles = load(articlesFile);
		System.out.println("ready");
		System.out.flush();
		while (!Files.exists(goFile)) {
			Thread.sleep(1);
		}
		double[] each = new double[articles.size()];
		long started = System.nanoTime();
		for (int i = 0; i < articles.size(); i++) {
			long t = System.nanoTime();
			save(articles.get(i), marker());
			each[i] = (System.nanoTime() - t) / 1e6;
		}
		System.out.printf("burst_total %.1f%n", (System.nanoTime() - started) / 1e6);
		print("burst_save", each);
	}

	/** An article being edited: its draft as the API gave it, its original body and the version to send next. */
	static final class Edited {

		final long id;

		final String slug;

		final ObjectNode draft;

		final String body;

		long version;

		Edited(long id, String slug, ObjectNode draft, long version) {
			this.id = id;
			this.slug = slug;
			this.draft = draft;
			this.body = draft.path("body").asString();
			this.version = version;
		}

	}

	List<Edited> load(Path file) {
		List<Edited> articles = new ArrayList<>();
		for (String line : readLines(file)) {
			String[] parts = line.strip().split(" ");
			long id = Long.parseLong(parts[0]);
			JsonNode article = get("/api/v1/articles/" + id);
			ObjectNode draft = (ObjectNode) article.path("draft");
			if (draft.path("summary").asString("").isBlank()) {
				// the publish checks want a summary; an editor would write one
				draft.put("summary", "A short summary written by an editor.");
			}
			articles.add(new Edited(id, parts[1], draft, article.path("version").asLong()));
		}
		if (articles.isEmpty()) {
			throw new IllegalStateException("no articles listed in " + file);
		}
		return articles;
	}

	/** Replaces the article's body with its original plus one paragraph holding {@code marker}; keeps it published. */
	void save(Edited article, String marker) {
		article.draft.put("body", article.body + "\n\nRevised by the editor: " + marker + ".\n");
		ObjectNode request = json.createObjectNode();
		request.put("version", article.version);
		request.set("draft", article.draft);
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/articles/" + article.id))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request))));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("save of article " + article.id + " answered " + response.statusCode()
					+ ": " + response.body());
		}
		JsonNode saved = json.readTree(response.body());
		if (!"PUBLISHED".equals(saved.path("status").asString())) {
			throw new IllegalStateException("article " + article.id + " is no longer published: " + response.body());
		}
		article.version = saved.path("version").asLong();
	}

	private void waitUntilFound(String marker, String slug) {
		long deadline = System.nanoTime() + VISIBLE_TIMEOUT.toNanos();
		String link = "/articles/" + slug + "\"";
		while (!fetch("/search?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8)).contains(link)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("search did not find '" + marker + "' in " + VISIBLE_TIMEOUT);
			}
			try {
				Thread.sleep(2);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** A word no article has: letters and digits, ending in a letter the English stemmer leaves alone. */
	private String marker() {
		return "hvnbench" + run + "n" + (++saves) + "q";
	}

	JsonNode get(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json"));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
		}
		return json.readTree(response.body());
	}

	/** A reader's GET: no token, so it goes through the page cache like any visitor's. */
	private String fetch(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path))).body();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> readLines(Path file) {
		try {
			return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Nearest-rank percentiles. */
	static void print(String name, double[] millis) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		System.out.printf("%s median=%.2f p90=%.2f p99=%.2f max=%.2f n=%d%n", name, percentile(sorted, 50),
				percentile(sorted, 90), percentile(sorted, 99), sorted[sorted.length - 1], sorted.length);
	}

	private static double percentile(double[] sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

}
