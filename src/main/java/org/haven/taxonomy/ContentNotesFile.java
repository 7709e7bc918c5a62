package org.haven.taxonomy;

import java.io.StringReader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.content.ImportProblem;
import org.haven.content.Slugs;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code content-notes.yaml}: a list of entries with {@code slug}, {@code label}
 * and {@code description}. It is read as YAML nodes rather than values so that a bad
 * entry is reported at its own line; the good entries still load.
 */
final class ContentNotesFile {

	static final String NAME = "content-notes.yaml";

	private ContentNotesFile() {
	}

	/**
	 * The declared notes in file order, or null when the file as a whole cannot be used
	 * (reported in problems).
	 */
	static @Nullable Map<String, ContentNote> read(String file, String text, List<ImportProblem> problems) {
		Node root;
		try {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() == null ? 1 : ex.getProblemMark().getLine() + 1;
			problems.add(new ImportProblem(file, line, "broken YAML: " + ex.getProblem()));
			return null;
		}
		catch (YAMLException ex) {
			problems.add(new ImportProblem(file, 1, "broken YAML: " + ex.getMessage()));
			return null;
		}
		if (root == null) {
			return Map.of();
		}
		if (!(root instanceof SequenceNode list)) {
			problems.add(new ImportProblem(file, lineOf(root),
					"must be a list of content notes, each with 'slug', 'label' and 'description'"));
			return null;
		}
		Map<String, ContentNote> notes = new LinkedHashMap<>();
		for (Node entry : list.getValue()) {
			String problem = add(entry, notes);
			if (problem != null) {
				problems.add(new ImportProblem(file, lineOf(entry), problem));
			}
		}
		return notes;
	}

	/** Adds one entry, or says what is wrong with it. */
	private static @Nullable String add(Node entry, Map<String, ContentNote> notes) {
		Map<String, String> fields = scalars(entry);
		if (fields == null) {
			return "a content note needs 'slug', 'label' and 'description' (one line each)";
		}
		String label = fields.getOrDefault("label", "");
		String slug = fields.getOrDefault("slug", "");
		if (slug.isEmpty() || label.isEmpty()) {
			return "a content note needs a 'slug' and a 'label'" + (slug.isEmpty() ? "" : " ('" + slug + "' has none)");
		}
		if (!Slugs.isValid(slug)) {
			return "content note slug '" + slug + "' must be lowercase letters, digits and hyphens, like '"
					+ Slugs.of(slug) + "'";
		}
		if (notes.containsKey(slug)) {
			return "content note '" + slug + "' is declared twice; the first one is used";
		}
		// descriptions are shown on one line, so a folded or multi-line value is joined
		// with spaces
		String description = fields.getOrDefault("description", "").replaceAll("\\s+", " ").strip();
		notes.put(slug, new ContentNote(slug, label, description));
		return null;
	}

	private static @Nullable Map<String, String> scalars(Node entry) {
		if (!(entry instanceof MappingNode mapping)) {
			return null;
		}
		Map<String, String> fields = new HashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value) {
				fields.put(key.getValue(), value.getValue().strip());
			}
			else {
				return null;
			}
		}
		return fields;
	}

	private static int lineOf(Node node) {
		return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
	}

}
