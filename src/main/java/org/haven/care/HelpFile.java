package org.haven.care;

import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code help.yaml}: an international {@code directory} and {@code regions} by
 * country code, each with an {@code emergency} number and a list of {@code services}.
 * Values are read as written (YAML would turn {@code 2026-11-29} into a date and
 * {@code 50808} into a number); a wrong entry fails with the file, its line and what is
 * wrong.
 */
final class HelpFile {

	static final String NAME = "help.yaml";

	/** What one file declares; regions in file order, each possibly partial. */
	record Contents(@Nullable InternationalDirectory directory, Map<String, Region> regions) {
	}

	/** A region as one file declares it: either part may be missing in an override. */
	record Region(@Nullable String emergency, List<HelpService> services) {
	}

	/** A problem in a help file, naming the file and line. */
	static final class Broken extends RuntimeException {

		Broken(String file, int line, String problem) {
			super(file + ", line " + line + ": " + problem);
		}

	}

	private final String file;

	private HelpFile(String file) {
		this.file = file;
	}

	static Contents read(String file, String text) {
		Node root;
		try {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
		}
		catch (RuntimeException ex) {
			throw new Broken(file, 1, "broken YAML: " + ex.getMessage());
		}
		return root == null ? new Contents(null, Map.of()) : new HelpFile(file).contents(root);
	}

	private Contents contents(Node root) {
		Map<String, Node> top = mapping(root, "must hold 'directory' and 'regions'");
		InternationalDirectory directory = null;
		if (top.containsKey("directory")) {
			Map<String, Node> d = mapping(top.get("directory"), "'directory' needs a 'name' and a 'url'");
			directory = new InternationalDirectory(required(d, "name", top.get("directory")),
					uri(required(d, "url", top.get("directory")), top.get("directory")));
		}
		Map<String, Region> regions = new LinkedHashMap<>();
		if (top.containsKey("regions")) {
			mapping(top.get("regions"), "'regions' maps country codes (GB, US) to their services")
				.forEach((code, node) -> regions.put(code(code, node), region(node)));
		}
		return new Contents(directory, regions);
	}

	private String code(String code, Node node) {
		if (!code.matches("[A-Za-z]{2}")) {
			throw new Broken(file, line(node), "region '" + code + "' must be a two-letter country code such as GB");
		}
		return code.toUpperCase(Locale.ROOT);
	}

	private Region region(Node node) {
		Map<String, Node> fields = mapping(node, "a region needs 'emergency' and 'services'");
		List<HelpService> services = new ArrayList<>();
		Node list = fields.get("services");
		if (list != null) {
			if (!(list instanceof SequenceNode sequence)) {
				throw new Broken(file, line(list), "'services' must be a list");
			}
			sequence.getValue().forEach(entry -> services.add(service(entry)));
		}
		return new Region(optional(fields, "emergency"), services);
	}

	private HelpService service(Node node) {
		Map<String, Node> fields = mapping(node, "a service needs 'name', 'hours', 'source' and 'checked'");
		String name = required(fields, "name", node);
		HelpService.TextOption text = null;
		if (fields.containsKey("text")) {
			Map<String, Node> t = mapping(fields.get("text"), "'text' needs 'to' (a number) and may have 'message'");
			text = new HelpService.TextOption(required(t, "to", fields.get("text")), optional(t, "message"));
		}
		String phone = optional(fields, "phone");
		String chat = optional(fields, "chat");
		if (phone == null && text == null && chat == null) {
			throw new Broken(file, line(node), "service '" + name + "' needs a 'phone', 'text' or 'chat'");
		}
		String checked = required(fields, "checked", node);
		try {
			return new HelpService(name, phone, text, chat == null ? null : uri(chat, fields.get("chat")),
					required(fields, "hours", node), uri(required(fields, "source", node), node),
					LocalDate.parse(checked));
		}
		catch (DateTimeParseException ex) {
			throw new Broken(file, line(fields.get("checked")),
					"'checked' of '" + name + "' must be a day such as 2026-11-29, not '" + checked + "'");
		}
	}

	private URI uri(String value, Node node) {
		if (!value.startsWith("https://") && !value.startsWith("http://")) {
			throw new Broken(file, line(node), "'" + value + "' must be a web address (https://...)");
		}
		return URI.create(value);
	}

	private Map<String, Node> mapping(Node node, String problem) {
		if (!(node instanceof MappingNode mapping)) {
			throw new Broken(file, line(node), problem);
		}
		Map<String, Node> fields = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode key) {
				fields.put(key.getValue(), tuple.getValueNode());
			}
		}
		return fields;
	}

	private @Nullable String optional(Map<String, Node> fields, String key) {
		Node node = fields.get(key);
		if (node == null) {
			return null;
		}
		if (!(node instanceof ScalarNode scalar)) {
			throw new Broken(file, line(node), "'" + key + "' must be one value");
		}
		String value = scalar.getValue().strip();
		return value.isEmpty() ? null : value;
	}

	private String required(Map<String, Node> fields, String key, Node owner) {
		String value = optional(fields, key);
		if (value == null) {
			throw new Broken(file, line(owner), "'" + key + "' is missing");
		}
		return value;
	}

	private static int line(Node node) {
		return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
	}

}
