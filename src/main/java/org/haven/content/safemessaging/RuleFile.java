package org.haven.content.safemessaging;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.content.ImportProblem;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a rule file into raw entries, each with the line it starts on and the line of
 * each of its keys, through SnakeYAML's node API so that problems can name lines. A file
 * that is not valid YAML gives no entries; an entry that is not a map of plain values or
 * lists is reported and left out.
 */
final class RuleFile {

	/** One key's value (a string or a list of strings) and its line. */
	record Field(Object value, int line) {
	}

	/** One rule entry as written: its id, the line it starts on and its keys. */
	record Entry(String id, int line, Map<String, Field> fields) {

		/**
		 * This entry with {@code other}'s keys written over it, at {@code other}'s line.
		 */
		Entry overriddenBy(Entry other) {
			Map<String, Field> merged = new LinkedHashMap<>(fields);
			merged.putAll(other.fields);
			return new Entry(id, other.line, merged);
		}

	}

	record Read(List<Entry> entries, List<ImportProblem> problems) {
	}

	private RuleFile() {
	}

	static Read read(String file, String text) {
		List<ImportProblem> problems = new ArrayList<>();
		@Nullable Node root;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setMaxAliasesForCollections(20);
			root = new Yaml(options).compose(new StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			Mark mark = ex.getProblemMark() != null ? ex.getProblemMark() : ex.getContextMark();
			String problem = ex.getProblem() != null ? ex.getProblem() : ex.getMessage();
			return new Read(List.of(), List.of(new ImportProblem(file, line(mark), "broken YAML: " + problem)));
		}
		catch (YAMLException ex) {
			return new Read(List.of(), List.of(new ImportProblem(file, 1, "broken YAML: " + ex.getMessage())));
		}
		if (root == null) {
			return new Read(List.of(), List.of());
		}
		@Nullable Node rules = root instanceof MappingNode map ? valueOf(map, "rules") : null;
		if (!(rules instanceof SequenceNode list)) {
			problems.add(new ImportProblem(file, line(root.getStartMark()),
					"expected 'rules:' followed by a list of rules"));
			return new Read(List.of(), problems);
		}
		List<Entry> entries = new ArrayList<>();
		for (Node item : list.getValue()) {
			try {
				Entry entry = entry(item);
				if (entries.stream().anyMatch(e -> e.id().equals(entry.id()))) {
					throw new RuleProblem(entry.line(), "rule '" + entry.id() + "' appears twice in this file");
				}
				entries.add(entry);
			}
			catch (RuleProblem ex) {
				problems.add(new ImportProblem(file, ex.line(), ex.getMessage()));
			}
		}
		return new Read(entries, problems);
	}

	private static Entry entry(Node item) {
		int line = line(item.getStartMark());
		if (!(item instanceof MappingNode map)) {
			throw new RuleProblem(line, "a rule must be a set of 'key: value' lines");
		}
		Map<String, Field> fields = new LinkedHashMap<>();
		for (NodeTuple tuple : map.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				throw new RuleProblem(line(tuple.getKeyNode().getStartMark()), "a key must be a plain word");
			}
			int keyLine = line(key.getStartMark());
			if (fields.containsKey(key.getValue())) {
				throw new RuleProblem(keyLine, "'" + key.getValue() + "' appears twice");
			}
			fields.put(key.getValue(), new Field(value(key.getValue(), tuple.getValueNode(), keyLine), keyLine));
		}
		Field id = fields.get("id");
		if (id == null || !(id.value() instanceof String s) || s.isBlank()) {
			throw new RuleProblem(line, "a rule needs an 'id'");
		}
		return new Entry(s.strip(), line, fields);
	}

	private static Object value(String key, Node node, int line) {
		if (node instanceof ScalarNode scalar) {
			return scalar.getValue();
		}
		if (node instanceof SequenceNode sequence) {
			List<String> values = new ArrayList<>();
			for (Node item : sequence.getValue()) {
				if (!(item instanceof ScalarNode scalar)) {
					throw new RuleProblem(line(item.getStartMark()), "'" + key + "' must be a list of plain values");
				}
				values.add(scalar.getValue());
			}
			return List.copyOf(values);
		}
		throw new RuleProblem(line, "'" + key + "' must be a value or a list of values");
	}

	private static @Nullable Node valueOf(MappingNode map, String key) {
		for (NodeTuple tuple : map.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
				return tuple.getValueNode();
			}
		}
		return null;
	}

	private static int line(@Nullable Mark mark) {
		return mark == null ? 1 : mark.getLine() + 1;
	}

}
