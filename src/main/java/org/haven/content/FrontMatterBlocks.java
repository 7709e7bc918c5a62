package org.haven.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * Finds and reads the front-matter block the way Hugo does: YAML between {@code ---}
 * lines, TOML between {@code +++} lines, or a JSON object at the top of the file. Dates
 * stay strings here, so a date without a time can be read in the site's time zone. Errors
 * name the line in the file, counting the opening line as line 1.
 */
final class FrontMatterBlocks {

	private static final Pattern YAML_KEY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_.-]*)\\s*:");

	private static final Pattern TOML_KEY = Pattern.compile("^\\s*\"?([A-Za-z_][A-Za-z0-9_.-]*)\"?\\s*=");

	private static final Pattern TOML_TABLE = Pattern.compile("^\\s*\\[\\[?\\s*([A-Za-z_][A-Za-z0-9_.-]*)");

	private static final Pattern JSON_KEY = Pattern.compile("^\\s*\"([^\"]+)\"\\s*:");

	private static final TomlMapper TOML = TomlMapper.builder().build();

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private FrontMatterBlocks() {
	}

	static RawFrontMatter read(String file, String text) {
		String normalised = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<String> lines = normalised.lines().toList();
		String first = lines.isEmpty() ? "" : lines.get(0).strip();
		if (first.equals("---")) {
			int end = closing(file, lines, "---", "YAML");
			List<String> block = lines.subList(1, end);
			List<ImportProblem> warnings = new ArrayList<>();
			Map<String, Integer> keyLines = keyLines(file, block, YAML_KEY, warnings);
			return new RawFrontMatter(yaml(file, String.join("\n", block)), keyLines, warnings,
					String.join("\n", lines.subList(end + 1, lines.size())), end + 2);
		}
		if (first.equals("+++")) {
			int end = closing(file, lines, "+++", "TOML");
			List<String> block = lines.subList(1, end);
			List<ImportProblem> warnings = new ArrayList<>();
			Map<String, Integer> keyLines = tomlKeyLines(block);
			return new RawFrontMatter(toml(file, String.join("\n", block)), keyLines, warnings,
					String.join("\n", lines.subList(end + 1, lines.size())), end + 2);
		}
		if (first.startsWith("{")) {
			return json(file, normalised, lines);
		}
		throw new ContentException(file, 1,
				"missing front matter: the file must start with a '---' (YAML), '+++' (TOML) or '{' (JSON) line");
	}

	private static int closing(String file, List<String> lines, String fence, String format) {
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).strip().equals(fence)) {
				return i;
			}
		}
		throw new ContentException(file, 1, format + " front matter is not closed: no second '" + fence + "' line");
	}

	/**
	 * Top-level keys and their lines; a key given twice is a warning naming both lines
	 * (the last value wins, as in Hugo).
	 */
	private static Map<String, Integer> keyLines(String file, List<String> block, Pattern key,
			List<ImportProblem> warnings) {
		Map<String, Integer> lines = new LinkedHashMap<>();
		for (int i = 0; i < block.size(); i++) {
			Matcher m = key.matcher(block.get(i));
			if (m.find()) {
				Integer earlier = lines.put(m.group(1), i + 2);
				if (earlier != null) {
					warnings.add(new ImportProblem(file, i + 2, "duplicate key '" + m.group(1) + "' on lines " + earlier
							+ " and " + (i + 2) + ": the value on line " + (i + 2) + " is used"));
				}
			}
		}
		return lines;
	}

	private static Map<String, Integer> tomlKeyLines(List<String> block) {
		Map<String, Integer> lines = new LinkedHashMap<>();
		boolean inTable = false;
		for (int i = 0; i < block.size(); i++) {
			Matcher table = TOML_TABLE.matcher(block.get(i));
			if (table.find()) {
				lines.putIfAbsent(table.group(1), i + 2);
				inTable = true;
				continue;
			}
			Matcher m = TOML_KEY.matcher(block.get(i));
			if (m.find() && !inTable) {
				lines.putIfAbsent(m.group(1), i + 2);
			}
		}
		return lines;
	}

	private static Map<String, Object> yaml(String file, String yamlText) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(true);
		options.setMaxAliasesForCollections(10);
		Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
				options, new DatesAsText());
		try {
			Object loaded = yaml.load(yamlText);
			if (loaded == null) {
				return Map.of();
			}
			if (!(loaded instanceof Map<?, ?> map)) {
				throw new ContentException(file, 2, "front matter must be a set of 'key: value' lines");
			}
			return stringKeys(map);
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

	private static Map<String, Object> toml(String file, String tomlText) {
		try {
			return stringKeys(TOML.readValue(tomlText, Map.class));
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			int line = at != null && at.getLineNr() > 0 ? at.getLineNr() + 1 : 2;
			throw new ContentException(file, line, "broken TOML front matter: " + ex.getOriginalMessage());
		}
	}

	private static RawFrontMatter json(String file, String text, List<String> lines) {
		try (JsonParser parser = JSON.createParser(text)) {
			Map<?, ?> map = JSON.readValue(parser, Map.class);
			long endOffset = parser.currentLocation().getCharOffset();
			int endLine = parser.currentLocation().getLineNr();
			String rest = text.substring((int) Math.min(endOffset, text.length()));
			int newline = rest.indexOf('\n');
			String body = newline < 0 ? "" : rest.substring(newline + 1);
			List<ImportProblem> warnings = new ArrayList<>();
			Map<String, Integer> keyLines = new LinkedHashMap<>();
			for (int i = 0; i < endLine && i < lines.size(); i++) {
				Matcher m = JSON_KEY.matcher(lines.get(i));
				if (m.find()) {
					keyLines.putIfAbsent(m.group(1), i + 1);
				}
			}
			return new RawFrontMatter(stringKeys(map), keyLines, warnings, body, endLine + 1);
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			int line = at != null && at.getLineNr() > 0 ? at.getLineNr() : 1;
			throw new ContentException(file, line, "broken JSON front matter: " + ex.getOriginalMessage());
		}
	}

	private static Map<String, Object> stringKeys(Map<?, ?> map) {
		Map<String, Object> values = new LinkedHashMap<>();
		map.forEach((k, v) -> values.put(String.valueOf(k), v));
		return values;
	}

	/**
	 * YAML's resolver without timestamps: {@code 2019-03-11} stays text, so the front
	 * matter can tell a date without a time (midnight in the site's zone) from an
	 * instant.
	 */
	private static final class DatesAsText extends Resolver {

		@Override
		public void addImplicitResolver(Tag tag, Pattern regexp, String first) {
			if (!Tag.TIMESTAMP.equals(tag)) {
				super.addImplicitResolver(tag, regexp, first);
			}
		}

		@Override
		public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
			if (!Tag.TIMESTAMP.equals(tag)) {
				super.addImplicitResolver(tag, regexp, first, limit);
			}
		}

	}

}
