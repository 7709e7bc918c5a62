package org.haven.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Splits a document into its YAML front matter and Markdown body, and reads the front
 * matter. Errors name the line in the file, counting the opening {@code ---} as line 1.
 */
public final class FrontMatterParser {

	private static final Set<String> KNOWN_KEYS = Set.of("title", "slug", "date", "lastmod", "draft", "categories",
			"category", "tags", "summary", "author", "authors", "cover", "cover_alt", "featured", "aliases",
			"reviewed_by", "last_reviewed", "next_review", "content_warning", "content_notes", "faq");

	private static final Pattern KEY_LINE = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:");

	/**
	 * A document split into its two parts. {@code bodyLine} is the file line the body
	 * starts on.
	 */
	public record Split(FrontMatter frontMatter, String body, int bodyLine) {
	}

	public Split parse(String file, String text) {
		String normalised = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<String> lines = normalised.lines().toList();
		if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
			throw new ContentException(file, 1, "missing front matter: the file must start with a '---' line");
		}
		int end = -1;
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).strip().equals("---")) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			throw new ContentException(file, 1, "front matter is not closed: no second '---' line");
		}
		String yamlText = String.join("\n", lines.subList(1, end));
		Map<String, Object> values = readYaml(file, yamlText);
		Map<String, Integer> keyLines = keyLines(lines.subList(1, end));
		String body = String.join("\n", lines.subList(end + 1, lines.size()));
		return new Split(toFrontMatter(file, values, keyLines), body, end + 2);
	}

	private static Map<String, Object> readYaml(String file, String yamlText) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(10);
		Yaml yaml = new Yaml(new SafeConstructor(options));
		try {
			Object loaded = yaml.load(yamlText);
			if (loaded == null) {
				return Map.of();
			}
			if (!(loaded instanceof Map<?, ?> map)) {
				throw new ContentException(file, 2, "front matter must be a set of 'key: value' lines");
			}
			Map<String, Object> values = new LinkedHashMap<>();
			map.forEach((k, v) -> values.put(String.valueOf(k), v));
			return values;
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 2 : 2;
			String problem = ex.getProblem() != null ? ex.getProblem() : ex.getMessage();
			throw new ContentException(file, line, "broken front matter: " + problem);
		}
		catch (YAMLException ex) {
			throw new ContentException(file, 2, "broken front matter: " + ex.getMessage());
		}
	}

	private static Map<String, Integer> keyLines(List<String> yamlLines) {
		Map<String, Integer> lines = new LinkedHashMap<>();
		for (int i = 0; i < yamlLines.size(); i++) {
			Matcher m = KEY_LINE.matcher(yamlLines.get(i));
			if (m.find()) {
				lines.putIfAbsent(m.group(1), i + 2);
			}
		}
		return lines;
	}

	private static FrontMatter toFrontMatter(String file, Map<String, Object> v, Map<String, Integer> lines) {
		Reader r = new Reader(file, v, lines);
		List<String> categories = r.list("categories");
		if (categories.isEmpty()) {
			categories = r.list("category");
		}
		List<String> authors = r.list("authors");
		if (authors.isEmpty()) {
			authors = r.list("author");
		}
		Map<String, Object> extra = new LinkedHashMap<>();
		v.forEach((key, value) -> {
			if (!KNOWN_KEYS.contains(key)) {
				extra.put(key, value);
			}
		});
		List<String> contentNotes = r.list("content_notes").stream().distinct().toList();
		return new FrontMatter(r.string("title"), r.string("slug"), r.instant("date"), r.instant("lastmod"),
				r.bool("draft"), categories, r.list("tags"), r.string("summary"), authors, r.string("cover"),
				r.string("cover_alt"), r.bool("featured"), r.list("aliases"), r.string("reviewed_by"),
				r.date("last_reviewed"), r.date("next_review"), r.string("content_warning"), contentNotes, r.faq(),
				extra, lines);
	}

	/**
	 * Typed reads of front-matter values, each naming the key's line when the type is
	 * wrong.
	 */
	private record Reader(String file, Map<String, Object> values, Map<String, Integer> lines) {

		ContentException wrong(String key, String expected) {
			return new ContentException(file, lines.getOrDefault(key, 1), "'" + key + "' must be " + expected);
		}

		@Nullable String string(String key) {
			Object value = values.get(key);
			if (value == null) {
				return null;
			}
			if (value instanceof Map || value instanceof List) {
				throw wrong(key, "a single value");
			}
			String s = value.toString().strip();
			return s.isEmpty() ? null : s;
		}

		boolean bool(String key) {
			Object value = values.get(key);
			if (value == null) {
				return false;
			}
			if (value instanceof Boolean b) {
				return b;
			}
			throw wrong(key, "true or false");
		}

		List<String> list(String key) {
			Object value = values.get(key);
			if (value == null) {
				return List.of();
			}
			if (value instanceof List<?> items) {
				List<String> out = new ArrayList<>();
				for (Object item : items) {
					if (item instanceof Map || item instanceof List) {
						throw wrong(key, "a list of plain values");
					}
					if (item != null && !item.toString().isBlank()) {
						out.add(item.toString().strip());
					}
				}
				return List.copyOf(out);
			}
			if (value instanceof Map) {
				throw wrong(key, "a list or a single value");
			}
			return value.toString().isBlank() ? List.of() : List.of(value.toString().strip());
		}

		@Nullable Instant instant(String key) {
			Object value = values.get(key);
			if (value == null) {
				return null;
			}
			if (value instanceof Date d) {
				return d.toInstant();
			}
			String s = value.toString().strip();
			try {
				if (s.length() == 10) {
					return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
				}
				return OffsetDateTime.parse(s).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw wrong(key, "a date like 2026-03-01 or 2026-03-01T09:00:00Z");
			}
		}

		@Nullable LocalDate date(String key) {
			Instant instant = instant(key);
			return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
		}

		List<FrontMatter.Faq> faq() {
			Object value = values.get("faq");
			if (value == null) {
				return List.of();
			}
			if (!(value instanceof List<?> items)) {
				throw wrong("faq", "a list of 'q' and 'a' pairs");
			}
			List<FrontMatter.Faq> out = new ArrayList<>();
			for (Object item : items) {
				if (!(item instanceof Map<?, ?> pair) || pair.get("q") == null || pair.get("a") == null) {
					throw wrong("faq", "a list of 'q' and 'a' pairs");
				}
				out.add(new FrontMatter.Faq(pair.get("q").toString().strip(), pair.get("a").toString().strip()));
			}
			return List.copyOf(out);
		}
	}

}
