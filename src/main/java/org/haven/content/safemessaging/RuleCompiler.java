package org.haven.content.safemessaging;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Checks a rule entry and builds the rule it describes, or says which line is wrong and
 * why. A switched-off entry builds nothing.
 */
final class RuleCompiler {

	private static final Set<String> KEYS = Set.of("id", "kind", "enabled", "reason", "suggestion", "phrases",
			"pattern", "requires", "terms", "near", "within", "notes", "tags", "help-links", "help-words");

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private RuleCompiler() {
	}

	static Optional<Rule> compile(RuleFile.Entry entry) {
		Fields f = new Fields(entry);
		for (Map.Entry<String, RuleFile.Field> field : entry.fields().entrySet()) {
			if (!KEYS.contains(field.getKey())) {
				throw new RuleProblem(field.getValue().line(), "unknown key '" + field.getKey() + "'");
			}
		}
		if (!ID.matcher(entry.id()).matches()) {
			throw new RuleProblem(f.line("id"), "an id is lower-case words joined by hyphens: '" + entry.id() + "'");
		}
		if (!f.bool("enabled", true)) {
			return Optional.empty();
		}
		String kind = f.string("kind");
		String reason = f.string("reason");
		String suggestion = f.has("suggestion") ? f.string("suggestion") : "";
		return Optional.of(switch (kind) {
			case "phrase" -> new MatchRule(entry.id(), Terms.compile(f.list("phrases")), reason, suggestion);
			case "pattern" ->
				new MatchRule(entry.id(), new TermPattern(f.pattern("pattern"), required(f)), reason, suggestion);
			case "near" -> new NearRule(entry.id(), Terms.compile(f.list("terms")), Terms.compile(f.list("near")),
					f.number("within", 5), reason, suggestion);
			case "requires-help-link" -> helpLink(entry.id(), f, reason, suggestion);
			default -> throw new RuleProblem(f.line("kind"),
					"unknown kind '" + kind + "': use phrase, pattern, near or requires-help-link");
		});
	}

	/** A pattern's {@code requires}: words every match contains, all of them. */
	private static List<List<String>> required(Fields f) {
		List<String> words = f.optionalList("requires").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
		return words.isEmpty() ? List.of() : List.of(words);
	}

	private static Rule helpLink(String id, Fields f, String reason, String suggestion) {
		List<String> notes = f.optionalList("notes");
		List<String> tags = f.optionalList("tags");
		List<String> links = f.optionalList("help-links");
		List<String> words = f.optionalList("help-words");
		if (notes.isEmpty() && tags.isEmpty()) {
			throw new RuleProblem(f.entry().line(), "a requires-help-link rule needs 'notes' or 'tags'");
		}
		if (links.isEmpty() && words.isEmpty()) {
			throw new RuleProblem(f.entry().line(), "a requires-help-link rule needs 'help-links' or 'help-words'");
		}
		return new HelpLinkRule(id, lowerCase(notes), lowerCase(tags), links, Terms.compile(words).pattern(), reason,
				suggestion);
	}

	private static Set<String> lowerCase(List<String> slugs) {
		return slugs.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Typed reads of an entry's keys; a missing or mistyped key names its line (or the
	 * entry's).
	 */
	private record Fields(RuleFile.Entry entry) {

		boolean has(String key) {
			return entry.fields().containsKey(key);
		}

		int line(String key) {
			RuleFile.Field field = entry.fields().get(key);
			return field != null ? field.line() : entry.line();
		}

		@Nullable Object value(String key) {
			RuleFile.Field field = entry.fields().get(key);
			return field == null ? null : field.value();
		}

		String string(String key) {
			if (!(value(key) instanceof String s) || s.isBlank()) {
				throw new RuleProblem(line(key), has(key) ? "'" + key + "' must be a single value"
						: "rule '" + entry.id() + "' needs '" + key + "'");
			}
			return s.strip();
		}

		List<String> list(String key) {
			List<String> values = optionalList(key);
			if (values.isEmpty()) {
				throw new RuleProblem(line(key), "rule '" + entry.id() + "' needs a non-empty list '" + key + "'");
			}
			return values;
		}

		List<String> optionalList(String key) {
			Object value = value(key);
			if (value instanceof List<?> items) {
				return items.stream().map(String::valueOf).filter(s -> !s.isBlank()).toList();
			}
			return value instanceof String s && !s.isBlank() ? List.of(s) : List.of();
		}

		boolean bool(String key, boolean otherwise) {
			if (!has(key)) {
				return otherwise;
			}
			Object value = value(key);
			if ("true".equals(value) || "false".equals(value)) {
				return Boolean.parseBoolean((String) value);
			}
			throw new RuleProblem(line(key), "'" + key + "' must be true or false");
		}

		int number(String key, int otherwise) {
			if (!has(key)) {
				return otherwise;
			}
			try {
				int n = Integer.parseInt(string(key));
				if (n >= 0 && n <= 100) {
					return n;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			throw new RuleProblem(line(key), "'" + key + "' must be a whole number of words from 0 to 100");
		}

		Pattern pattern(String key) {
			String regex = string(key);
			try {
				return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
			}
			catch (PatternSyntaxException ex) {
				throw new RuleProblem(line(key), "broken pattern in rule '" + entry.id() + "': " + ex.getDescription()
						+ " near position " + ex.getIndex());
			}
		}

	}

}
