package org.haven.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the last export wrote, kept beside it so that the next {@code --incremental} run
 * can re-render only what an article change touches: the state of everything else the
 * pages show, each visible article's version and publication time, each address written
 * (whether it is a page) with the articles it mentions, and the redirects the crawl met.
 * A plain text file of one line per entry, read in a few milliseconds at 10,000 articles.
 */
record ExportManifest(String state, Map<String, ArticleStamp> articles, Map<String, Written> pages,
		Map<String, String> redirects) {

	static final String FILE = ".haven-export";

	private static final String HEADER = "haven-export 1 ";

	/** An article as exported: its id and version, and when it was published. */
	record ArticleStamp(String version, long publishedAt) {
	}

	/**
	 * An address written, whether as a page ({@code index.html}), and the articles it
	 * mentions.
	 */
	record Written(boolean html, List<String> mentions) {
	}

	static Optional<ExportManifest> read(Path out) {
		Path file = out.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String header = reader.readLine();
			if (header == null || !header.startsWith(HEADER)) {
				return Optional.empty();
			}
			Map<String, ArticleStamp> articles = new HashMap<>();
			Map<String, Written> pages = new HashMap<>();
			Map<String, String> redirects = new HashMap<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] parts = line.split(" ");
				switch (parts[0]) {
					case "a" -> articles.put(parts[1], new ArticleStamp(parts[2], Long.parseLong(parts[3])));
					case "p" -> pages.put(decoded(parts[1]),
							new Written(parts[2].equals("h"), List.of(Arrays.copyOfRange(parts, 3, parts.length))));
					case "r" -> redirects.put(decoded(parts[1]), decoded(parts[2]));
					default -> {
						return Optional.empty(); // written by another version: start
													// afresh
					}
				}
			}
			return Optional.of(new ExportManifest(header.substring(HEADER.length()), articles, pages, redirects));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty(); // unreadable: the next run is a full one
		}
	}

	byte[] bytes() {
		StringBuilder out = new StringBuilder(pages.size() * 120).append(HEADER).append(state).append('\n');
		new TreeMap<>(articles).forEach((slug, stamp) -> out.append("a ")
			.append(slug)
			.append(' ')
			.append(stamp.version())
			.append(' ')
			.append(stamp.publishedAt())
			.append('\n'));
		new TreeMap<>(pages).forEach((address, written) -> {
			out.append("p ").append(encoded(address)).append(written.html() ? " h" : " f");
			written.mentions().forEach(slug -> out.append(' ').append(slug));
			out.append('\n');
		});
		new TreeMap<>(redirects)
			.forEach((from, to) -> out.append("r ").append(encoded(from)).append(' ').append(encoded(to)).append('\n'));
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	// Addresses are space-separated fields: a space in one (a media file name) is written
	// as %20.
	private static String encoded(String address) {
		return address.replace(" ", "%20");
	}

	private static String decoded(String field) {
		return field.replace("%20", " ");
	}

}
