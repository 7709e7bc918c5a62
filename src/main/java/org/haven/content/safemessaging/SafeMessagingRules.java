package org.haven.content.safemessaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.haven.content.ContentProperties;
import org.haven.content.ImportProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The safe-messaging rules in force: the built-in English set on the classpath, changed
 * by the publisher's {@code content/safe-messaging.yaml} (an entry with a built-in id
 * overrides only the keys it gives, {@code enabled:
 * false} switches a rule off, a new id adds one). A broken override entry is reported and
 * skipped, so the built-in rule stays; a file that is not valid YAML is reported and
 * skipped whole. Reloading swaps the whole set at once, so a check never sees half of one
 * file and half of another.
 */
@Component
public class SafeMessagingRules {

	/** The built-in rules, on the classpath. */
	public static final String BUILT_IN = "haven/safe-messaging.yaml";

	/** The publisher's file, relative to the content folder. */
	public static final String FILE = "safe-messaging.yaml";

	private static final Logger log = LoggerFactory.getLogger(SafeMessagingRules.class);

	private final Path contentDir;

	private final AtomicReference<Loaded> current = new AtomicReference<>(new Loaded(List.of(), List.of()));

	private record Loaded(List<Rule> rules, List<ImportProblem> problems) {
	}

	public SafeMessagingRules(ContentProperties content) {
		this.contentDir = content.dir();
		reload();
	}

	/**
	 * Reads the built-in rules and the publisher's file again: call it when
	 * {@code safe-messaging.yaml} changes.
	 */
	public void reload() {
		reloadFrom(contentDir);
	}

	/**
	 * As {@link #reload()}, with the publisher's file from the content folder
	 * {@code root}.
	 */
	public void reloadFrom(Path root) {
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, RuleFile.Entry> builtIn = entries(BUILT_IN, builtInText(), problems);
		Map<String, Rule> rules = compileAll(BUILT_IN, builtIn, problems);
		Path file = root.resolve(FILE);
		if (Files.isRegularFile(file)) {
			for (RuleFile.Entry entry : entries(FILE, overrideText(file, problems), problems).values()) {
				RuleFile.Entry base = builtIn.get(entry.id());
				override(rules, base == null ? entry : base.overriddenBy(entry), base == null, problems);
			}
		}
		problems.forEach(problem -> log.warn("Safe-messaging rules: {}", problem));
		current.set(new Loaded(List.copyOf(rules.values()), List.copyOf(problems)));
	}

	/** What was wrong with the rule files at the last load; empty when all is well. */
	public List<ImportProblem> problems() {
		return current.get().problems();
	}

	/** The ids of the rules in force, built-in ones first. */
	public List<String> ruleIds() {
		return rules().stream().map(Rule::id).toList();
	}

	List<Rule> rules() {
		return current.get().rules();
	}

	private static void override(Map<String, Rule> rules, RuleFile.Entry entry, boolean isNew,
			List<ImportProblem> problems) {
		if (isNew && !entry.fields().containsKey("kind") && entry.fields().containsKey("enabled")) {
			problems
				.add(new ImportProblem(FILE, entry.line(), "there is no built-in rule '" + entry.id() + "' to change"));
			return;
		}
		try {
			RuleCompiler.compile(entry)
				.ifPresentOrElse(rule -> rules.put(rule.id(), rule), () -> rules.remove(entry.id()));
		}
		catch (RuleProblem ex) {
			problems.add(new ImportProblem(FILE, ex.line(), ex.getMessage() + " (rule '" + entry.id() + "' skipped)"));
		}
	}

	private static Map<String, Rule> compileAll(String file, Map<String, RuleFile.Entry> entries,
			List<ImportProblem> problems) {
		Map<String, Rule> rules = new LinkedHashMap<>();
		for (RuleFile.Entry entry : entries.values()) {
			try {
				RuleCompiler.compile(entry).ifPresent(rule -> rules.put(rule.id(), rule));
			}
			catch (RuleProblem ex) {
				problems.add(new ImportProblem(file, ex.line(), ex.getMessage()));
			}
		}
		return rules;
	}

	private static Map<String, RuleFile.Entry> entries(String file, String text, List<ImportProblem> problems) {
		RuleFile.Read read = RuleFile.read(file, text);
		problems.addAll(read.problems());
		Map<String, RuleFile.Entry> entries = new LinkedHashMap<>();
		read.entries().forEach(entry -> entries.put(entry.id(), entry));
		return entries;
	}

	private static String builtInText() {
		try (InputStream in = SafeMessagingRules.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
			if (in == null) {
				throw new IllegalStateException("missing " + BUILT_IN + " on the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + BUILT_IN, ex);
		}
	}

	private static String overrideText(Path file, List<ImportProblem> problems) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (CharacterCodingException ex) {
			problems.add(new ImportProblem(FILE, 1, "not UTF-8 text"));
		}
		catch (IOException ex) {
			problems.add(new ImportProblem(FILE, 1, "cannot be read: " + ex.getMessage()));
		}
		return "";
	}

}
