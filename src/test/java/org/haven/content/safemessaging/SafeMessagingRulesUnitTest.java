package org.haven.content.safemessaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.haven.content.ContentProperties;
import org.haven.content.ImportProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publisher's content/safe-messaging.yaml changes, switches off or adds rules; a broken
 * one never loses the rest.
 */
class SafeMessagingRulesUnitTest {

	@TempDir
	Path content;

	@Test
	void withoutAPublisherFileTheBuiltInRulesApply() {
		SafeMessagingRules rules = rules();
		assertThat(rules.ruleIds()).startsWith("committed-suicide").contains("crisis-topic-help-link");
		assertThat(rules.problems()).isEmpty();
	}

	@Test
	void anEntryWithABuiltInIdChangesOnlyTheKeysItGives() throws IOException {
		write("""
				rules:
				  - id: sensational-language
				    within: 1
				""");
		SafeMessagingRules rules = rules();
		assertThat(rules.problems()).isEmpty();
		assertThat(ids(rules, "A shocking rise in suicides.")).isEmpty();
		assertThat(ids(rules, "Shocking suicides.")).containsExactly("sensational-language");
	}

	@Test
	void enabledFalseSwitchesABuiltInRuleOff() throws IOException {
		write("""
				rules:
				  - id: committed-suicide
				    enabled: false
				""");
		SafeMessagingRules rules = rules();
		assertThat(rules.ruleIds()).doesNotContain("committed-suicide");
		assertThat(ids(rules, "He committed suicide.")).isEmpty();
		assertThat(ids(rules, "A suicide epidemic.")).containsExactly("suicide-epidemic");
	}

	@Test
	void aNewIdAddsARuleOfAnyKind() throws IOException {
		write("""
				rules:
				  - id: selfish-framing
				    kind: near
				    terms: [selfish]
				    near: [suicid*]
				    within: 3
				    reason: Calling suicide selfish blames the person who died.
				  - id: house-style
				    kind: pattern
				    pattern: '\\bkilled (?:him|her)self\\b'
				    reason: Our house style.
				    suggestion: died by suicide
				""");
		SafeMessagingRules rules = rules();
		assertThat(rules.problems()).isEmpty();
		assertThat(rules.ruleIds()).endsWith("selfish-framing", "house-style");
		assertThat(ids(rules, "Suicide is not selfish.")).containsExactly("selfish-framing");
		assertThat(check(rules, "They said he killed himself.")).extracting(Finding::ruleId, Finding::suggestion)
			.containsExactly(tuple("house-style", "died by suicide"));
	}

	@Test
	void aBrokenPatternIsReportedWithFileAndLineAndTheOtherRulesStillApply() throws IOException {
		write("""
				rules:
				  - id: broken
				    kind: pattern
				    pattern: '(unclosed'
				    reason: Never loads.
				  - id: fine
				    kind: phrase
				    phrases: [suicide bombing]
				    reason: Loads.
				""");
		SafeMessagingRules rules = rules();
		assertThat(rules.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("safe-messaging.yaml");
			assertThat(problem.line()).isEqualTo(4);
			assertThat(problem.reason()).contains("broken pattern", "'broken'");
		});
		assertThat(rules.ruleIds()).contains("committed-suicide", "fine").doesNotContain("broken");
		assertThat(ids(rules, "He committed suicide.")).containsExactly("committed-suicide");
	}

	@Test
	void aBrokenOverrideKeepsTheBuiltInRule() throws IOException {
		write("""
				rules:
				  - id: committed-suicide
				    pattern: '[oops'
				""");
		SafeMessagingRules rules = rules();
		assertThat(rules.problems()).extracting(ImportProblem::file, ImportProblem::line)
			.containsExactly(tuple("safe-messaging.yaml", 3));
		assertThat(ids(rules, "He committed suicide.")).containsExactly("committed-suicide");
	}

	@Test
	void missingFieldsNameTheLineOfTheEntry() throws IOException {
		write("""
				# house rules
				rules:
				  - id: no-reason
				    kind: phrase
				    phrases: [suicide pact]

				  - kind: phrase
				    phrases: [x]
				    reason: No id.
				  - id: no-phrases
				    kind: phrase
				    reason: Nothing to find.
				  - id: odd-kind
				    kind: regex
				    reason: Unknown kind.
				  - id: typo
				    kind: near
				    terms: [a]
				    near: [b]
				    withn: 3
				    reason: Misspelt key.
				""");
		assertThat(rules().problems()).extracting(ImportProblem::line).containsExactly(7, 3, 10, 14, 20);
	}

	@Test
	void aFileThatIsNotYamlIsSkippedWholeAndTheBuiltInRulesApply() throws IOException {
		write("""
				rules:
				  - id: committed-suicide
				    enabled: false
				  - id: added
				   kind: phrase
				""");
		SafeMessagingRules rules = rules();
		assertThat(rules.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("safe-messaging.yaml");
			assertThat(problem.line()).isEqualTo(5);
			assertThat(problem.reason()).startsWith("broken YAML");
		});
		assertThat(rules.ruleIds()).contains("committed-suicide").doesNotContain("added");
	}

	@Test
	void switchingOffARuleThatDoesNotExistIsReported() throws IOException {
		write("""
				rules:
				  - id: commited-suicide
				    enabled: false
				""");
		assertThat(rules().problems()).extracting(ImportProblem::line, ImportProblem::reason)
			.containsExactly(tuple(2, "there is no built-in rule 'commited-suicide' to change"));
	}

	@Test
	void reloadReadsThePublisherFileAgain() throws IOException {
		SafeMessagingRules rules = rules();
		write("rules:\n  - id: suicide-victim\n    enabled: false\n");
		assertThat(rules.ruleIds()).contains("suicide-victim");
		rules.reload();
		assertThat(rules.ruleIds()).doesNotContain("suicide-victim");
		write("rules: [");
		rules.reload();
		assertThat(rules.problems()).hasSize(1);
		assertThat(rules.ruleIds()).contains("suicide-victim");
		Files.delete(content.resolve("safe-messaging.yaml"));
		rules.reload();
		assertThat(rules.problems()).isEmpty();
	}

	private SafeMessagingRules rules() {
		return new SafeMessagingRules(
				new ContentProperties(content, false, false, null, ContentProperties.UnknownCategories.CREATE));
	}

	private void write(String yaml) throws IOException {
		Files.writeString(content.resolve("safe-messaging.yaml"), yaml);
	}

	private static List<Finding> check(SafeMessagingRules rules, String body) {
		return new SafeMessaging(rules).check(new SafeMessagingInput(body, 1, Set.of(), Set.of()));
	}

	private static List<String> ids(SafeMessagingRules rules, String body) {
		return check(rules, body).stream().map(Finding::ruleId).toList();
	}

}
