package org.haven.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/**
 * The editor of {@code bench/mixed.sh} and {@code bench/crash.sh}: saves published articles through the JSON API at a
 * steady pace and keeps a ledger of what it sent and what the server acknowledged, then holds the ledger against the
 * revisions in the database and the files in {@code content/}. The token comes from {@code HAVEN_TOKEN}.
 *
 * <pre>
 * SteadySaves run    &lt;base&gt; &lt;articles-file&gt; &lt;interval-ms&gt; &lt;seconds&gt; &lt;ledger&gt;
 *     reads the articles, prints "ready", then saves them round-robin, one every interval-ms (0: back to back),
 *     for seconds (0: until the server is gone)
 * SteadySaves verify &lt;base&gt; &lt;articles-file&gt; &lt;ledger&gt; &lt;files-dir&gt;
 *     every acknowledged save is a revision; every article file under files-dir is exactly one of its revisions
 * </pre>
 *
 * The ledger has a {@code sent <id> <marker>} line before each request and an {@code ack <id> <marker>} line after
 * its 200, each written through before the next step, so a {@code kill -9} of either side leaves a true ledger.
 */
public final class SteadySaves {

	/** After this many failures in a row the server is taken to be gone (the crash drill killed it). */
	private static final int GONE_AFTER = 5;

	private SteadySaves() {
	}

	public static void main(String[] args) throws Exception {
		String token = System.getenv("HAVEN_TOKEN");
		if (args.length < 5 || token == null || token.isBlank()) {
			System.err.println("usage: HAVEN_TOKEN=hvn_... SteadySaves run|verify <base> ... (see the class)");
			System.exit(2);
		}
		EditorLoad api = new EditorLoad(args[1], token);
		switch (args[0]) {
			case "run" -> run(api, Path.of(args[2]), Long.parseLong(args[3]), Long.parseLong(args[4]), Path.of(args[5]));
			case "verify" -> verify(api, Path.of(args[2]), Path.of(args[3]), Path.of(args[4]));
			default -> throw new IllegalArgumentException("unknown command " + args[0]);
		}
	}

	private static void run(EditorLoad api, Path articlesFile, long intervalMs, long seconds, Path ledger)
			throws IOException, InterruptedException {
		List<EditorLoad.Edited> articles = api.load(articlesFile);
		// the articles are read before the load starts: a script waits for this line
		System.out.println("ready");
		System.out.flush();
		long started = System.nanoTime();
		long deadline = seconds == 0 ? Long.MAX_VALUE : started + seconds * 1_000_000_000L;
		String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
		List<Double> millis = new ArrayList<>();
		int sent = 0;
		int errors = 0;
		int failuresInARow = 0;
		try (BufferedWriter out = Files.newBufferedWriter(ledger, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND)) {
			while (System.nanoTime() < deadline && failuresInARow < GONE_AFTER) {
				long due = started + sent * intervalMs * 1_000_000L;
				long wait = due - System.nanoTime();
				if (wait > 0) {
					Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
				}
				EditorLoad.Edited article = articles.get(sent % articles.size());
				String marker = "hvnsteady" + run + "n" + (++sent) + "q";
				line(out, "sent " + article.id + " " + marker);
				long t = System.nanoTime();
				try {
					api.save(article, marker);
					millis.add((System.nanoTime() - t) / 1e6);
					line(out, "ack " + article.id + " " + marker);
					failuresInARow = 0;
				}
				catch (RuntimeException ex) {
					errors++;
					failuresInARow++;
					System.err.println("save " + marker + " of article " + article.id + " failed: " + ex.getMessage());
					refresh(api, article);
				}
			}
		}
		System.out.println("saves_sent " + sent);
		System.out.println("saves_acknowledged " + millis.size());
		System.out.println("save_errors " + errors);
		EditorLoad.print("save", millis.stream().mapToDouble(Double::doubleValue).toArray());
	}

	/** After a failed save the server may have committed it anyway: read the version again, if it still answers. */
	private static void refresh(EditorLoad api, EditorLoad.Edited article) {
		try {
			article.version = api.get("/api/v1/articles/" + article.id).path("version").asLong();
		}
		catch (RuntimeException gone) {
			// the server is gone; the next attempt counts as another failure
		}
	}

	private static void line(BufferedWriter out, String line) throws IOException {
		out.write(line);
		out.newLine();
		out.flush();
	}

	private static void verify(EditorLoad api, Path articlesFile, Path ledger, Path filesDir) throws IOException {
		Map<Long, Set<String>> acked = new HashMap<>();
		Map<Long, Set<String>> sent = new HashMap<>();
		for (String line : Files.readAllLines(ledger)) {
			String[] parts = line.split(" ");
			if (parts.length == 3) {
				(parts[0].equals("ack") ? acked : sent).computeIfAbsent(Long.parseLong(parts[1]), id -> new HashSet<>())
					.add(parts[2]);
			}
		}
		int acknowledged = 0;
		int present = 0;
		int unacknowledgedButCommitted = 0;
		int files = 0;
		int filesMatchingARevision = 0;
		int filesMatchingTheLatest = 0;
		for (String row : Files.readAllLines(articlesFile)) {
			if (row.isBlank()) {
				continue;
			}
			String[] parts = row.strip().split(" ");
			long id = Long.parseLong(parts[0]);
			List<String> sources = new ArrayList<>();
			for (JsonNode revision : api.get("/api/v1/articles/" + id + "/revisions")) {
				sources.add(revision.path("source").asString());
			}
			for (String marker : acked.getOrDefault(id, Set.of())) {
				acknowledged++;
				if (sources.stream().anyMatch(source -> source.contains(paragraph(marker)))) {
					present++;
				}
				else {
					System.err.println("lost: acknowledged save " + marker + " of article " + id);
				}
			}
			for (String marker : sent.getOrDefault(id, Set.of())) {
				if (!acked.getOrDefault(id, Set.of()).contains(marker)
						&& sources.stream().anyMatch(source -> source.contains(paragraph(marker)))) {
					unacknowledgedButCommitted++;
				}
			}
			Path file = find(filesDir, parts[1] + ".md");
			if (file != null) {
				files++;
				String text = Files.readString(file, StandardCharsets.UTF_8);
				if (sources.contains(text)) {
					filesMatchingARevision++;
				}
				else {
					System.err.println("torn or unknown: " + file + " is none of article " + id + "'s revisions");
				}
				if (!sources.isEmpty() && sources.get(0).equals(text)) {
					filesMatchingTheLatest++;
				}
			}
		}
		System.out.println("acknowledged " + acknowledged);
		System.out.println("acknowledged_present " + present);
		System.out.println("lost " + (acknowledged - present));
		System.out.println("in_flight_committed " + unacknowledgedButCommitted);
		System.out.println("files " + files);
		System.out.println("files_matching_a_revision " + filesMatchingARevision);
		System.out.println("files_matching_the_latest " + filesMatchingTheLatest);
		System.out.println("files_torn " + (files - filesMatchingARevision));
	}

	private static String paragraph(String marker) {
		return "Revised by the editor: " + marker + ".";
	}

	private static Path find(Path dir, String name) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(path -> path.getFileName().toString().equals(name)).findFirst().orElse(null);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

}
