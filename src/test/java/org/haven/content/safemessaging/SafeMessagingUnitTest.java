package org.haven.content.safemessaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.haven.content.ContentProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in English rules: what each one catches, what it lets through, and where it
 * says the problem is.
 */
class SafeMessagingUnitTest {

	@TempDir
	Path content;

	SafeMessagingRules rules;

	SafeMessaging safeMessaging;

	@BeforeEach
	void builtInRulesOnly() {
		rules = new SafeMessagingRules(
				new ContentProperties(content, false, false, null, ContentProperties.UnknownCategories.CREATE));
		safeMessaging = new SafeMessaging(rules);
	}

	/**
	 * For each built-in rule: a sentence it flags (and the words it points at), and a
	 * safe way to say the same.
	 */
	static Stream<Arguments> examples() {
		return Stream.of(
				Arguments.of("committed-suicide", "Her brother committed suicide in 2019.", "committed suicide",
						"Her brother died by suicide in 2019."),
				Arguments.of("successful-suicide", "The report counted every successful suicide in the region.",
						"successful suicide", "The report counted every death by suicide in the region."),
				Arguments.of("failed-suicide-attempt", "After a failed suicide attempt she spent a week in hospital.",
						"failed suicide", "After she survived a suicide attempt she spent a week in hospital."),
				Arguments.of("suicide-epidemic", "Campus leaders warned of a suicide epidemic among students.",
						"suicide epidemic", "Campus leaders said more students were asking for support this year."),
				Arguments.of("method-detail", "The report said she died by suicide after an overdose of tablets.",
						"overdose of", "The report said she died by suicide and listed services that can help."),
				Arguments.of("sensational-language", "A shocking rise in suicides among young men.", "shocking",
						"A rise in suicides among young men has led to new support services."),
				Arguments.of("suicide-victim", "The suicide victim was 34.", "suicide victim",
						"The man who died by suicide was 34."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void eachRuleFlagsItsWordingAndPassesTheSaferWording(String ruleId, String unsafe, String matched, String safe) {
		assertThat(check(unsafe)).extracting(Finding::ruleId, Finding::matched).containsExactly(tuple(ruleId, matched));
		assertThat(check(safe)).isEmpty();
	}

	@Test
	void everyBuiltInRuleHasAnExample() {
		List<String> withExamples = Stream
			.concat(examples().map(example -> (String) example.get()[0]), Stream.of("crisis-topic-help-link"))
			.toList();
		assertThat(rules.ruleIds()).containsExactlyInAnyOrderElementsOf(withExamples);
		assertThat(rules.problems()).isEmpty();
	}

	@Test
	void aFindingSaysWhyAndWhatToWriteInstead() {
		Finding finding = check("He committed suicide.").get(0);
		assertThat(finding.reason()).contains("crime");
		assertThat(finding.suggestion()).contains("died by suicide");
	}

	@Test
	void everyFormOfCommitSuicideIsFlagged() {
		assertThat(check("People commit suicide. He commits suicide. Committing suicide. To COMMIT  SUICIDE."))
			.extracting(Finding::matched)
			.containsExactly("commit suicide", "commits suicide", "Committing suicide", "COMMIT SUICIDE");
		assertThat(check("He committed to suicide prevention work.")).isEmpty();
	}

	@Test
	void attemptsAreNeverSuccessesOrFailures() {
		assertThat(check("It was an unsuccessful suicide attempt.")).extracting(Finding::ruleId)
			.containsExactly("failed-suicide-attempt");
		assertThat(check("His suicide attempt failed.")).extracting(Finding::ruleId)
			.containsExactly("failed-suicide-attempt");
		assertThat(check("Researchers once wrote of completed suicides.")).extracting(Finding::ruleId)
			.containsExactly("successful-suicide");
		assertThat(check("A failed attempt to quit smoking is not a failure of character.")).isEmpty();
	}

	@Test
	void contagionAndFashionWordsAreFlagged() {
		assertThat(check("A wave of suicides. A suicide craze. Suicide trends online.")).extracting(Finding::matched)
			.contains("wave of suicides", "suicide craze", "Suicide trends");
	}

	@Test
	void sensationalWordsCountOnlyWithinTheirDistanceAndParagraph() {
		assertThat(check("Suicides have skyrocketed, the paper said.")).extracting(Finding::matched)
			.containsExactly("skyrocketed");
		assertThat(check("It was a tragic accident on the motorway, one of many this winter.")).isEmpty();
		assertThat(check("The numbers were shocking to everyone who read the long report on youth services and their"
				+ " funding this year, including suicide prevention."))
			.isEmpty();
		assertThat(check("The film was shocking.\n\nSuicide prevention starts with listening.")).isEmpty();
	}

	@Test
	void methodWordsCountOnlyNearSuicideOrSelfHarm() {
		assertThat(check("The painting was hanging in the hall.")).isEmpty();
		assertThat(check("He said the method was painless and took his own life.")).extracting(Finding::matched)
			.contains("method was");
		assertThat(check("An overdose of caffeine can cause palpitations.")).isEmpty();
	}

	@Test
	void positionsAreTheLineAndColumnAsTyped() {
		String body = """
				# Talking about loss

				When someone dies, words matter.
				  He committed suicide, they wrote.
				""";
		assertThat(check(body)).extracting(Finding::line, Finding::column).containsExactly(tuple(4, 6));
	}

	@Test
	void positionsCountFromTheFirstBodyLineOfTheFile() {
		List<Finding> findings = safeMessaging
			.check(new SafeMessagingInput("Intro.\n\nShe committed suicide.", 12, Set.of(), Set.of()));
		assertThat(findings).extracting(Finding::line, Finding::column).containsExactly(tuple(14, 5));
	}

	@Test
	void aWholeFileIsCheckedWithFileLinesIncludingFaqAnswers() {
		String file = """
				---
				title: "Grief"
				slug: grief
				faq:
				  - q: "How do I talk about it?"
				    a: "Say he died by suicide, never that he committed suicide."
				---

				Line nine: a suicide epidemic.
				""";
		assertThat(safeMessaging.check(SafeMessagingInput.ofFile(file, Set.of(), Set.of())))
			.extracting(Finding::ruleId, Finding::line, Finding::column)
			.containsExactly(tuple("committed-suicide", 6, 47), tuple("suicide-epidemic", 9, 14));
	}

	@Test
	void aPhraseWrappedOverTwoLinesIsFoundWhereItStarts() {
		assertThat(check("Reports said he committed\nsuicide last year."))
			.extracting(Finding::line, Finding::column, Finding::matched)
			.containsExactly(tuple(1, 17, "committed suicide"));
		assertThat(check("> He **committed\n> suicide**.")).extracting(Finding::line).containsExactly(1);
	}

	@Test
	void codeAndUrlsAreNotProse() {
		String body = """
				Never write `committed suicide` in a headline.

				```text
				committed suicide
				```

				~~~~
				a suicide epidemic
				~~~~

				See [the style guide](https://example.org/committed-suicide "committed suicide") and
				<https://example.org/suicide-epidemic>, https://example.org/suicide-victim or
				<a href="/committed-suicide">the archive</a>.

				[guide]: https://example.org/suicide-epidemic
				""";
		assertThat(check(body)).isEmpty();
	}

	@Test
	void positionsAfterACodeBlockStayExact() {
		String body = "```\ncode\n```\nThey committed suicide.";
		assertThat(check(body)).extracting(Finding::line, Finding::column).containsExactly(tuple(4, 6));
	}

	@Test
	void everythingAReaderReadsIsChecked() {
		String body = """
				## A suicide epidemic?

				- He committed suicide.

				> A suicide victim.

				| Term | Use instead |
				|------|-------------|
				| successful suicide | died by suicide |

				Read [why committed suicide is outdated](/style).

				[^1]: A failed suicide attempt.
				""";
		assertThat(check(body)).extracting(Finding::ruleId, Finding::line)
			.containsExactly(tuple("suicide-epidemic", 1), tuple("committed-suicide", 3), tuple("suicide-victim", 5),
					tuple("successful-suicide", 9), tuple("committed-suicide", 11),
					tuple("failed-suicide-attempt", 13));
		assertThat(check("Read [why committed suicide is outdated](/style).").get(0).column()).isEqualTo(11);
	}

	@Test
	void aCrisisTopicWithoutHelpIsFlaggedOnceAtTheFirstBodyLine() {
		String body = "This article is about suicidal thoughts and how they pass.";
		assertThat(safeMessaging.check(new SafeMessagingInput(body, 7, Set.of("suicide"), Set.of())))
			.extracting(Finding::ruleId, Finding::line, Finding::column, Finding::matched)
			.containsExactly(tuple("crisis-topic-help-link", 7, 1, "suicide"));
		assertThat(safeMessaging.check(new SafeMessagingInput(body, 1, Set.of(), Set.of("crisis-support"))))
			.extracting(Finding::matched)
			.containsExactly("crisis-support");
		assertThat(safeMessaging.check(new SafeMessagingInput(body, 1, Set.of("self-harm"), Set.of()))).hasSize(1);
	}

	@Test
	void aCrisisTopicPassesWithALinkToHelpOrAHelplineNamed() {
		Set<String> suicide = Set.of("suicide");
		for (String help : List.of("[Get help now](/help)", "[Find support](/help#uk)", "[Call us](tel:116123)",
				"<https://988lifeline.org/chat>", "Call a crisis line today.", "Samaritans answer day and night.",
				"In the US, call or text 988.", "Ring a helpline.")) {
			assertThat(safeMessaging
				.check(new SafeMessagingInput("About suicidal thoughts. " + help, 1, suicide, Set.of()))).as(help)
				.isEmpty();
		}
	}

	@Test
	void helpInCodeOrAnUnrelatedLinkDoesNotCount() {
		Set<String> suicide = Set.of("suicide");
		for (String notHelp : List.of("[Helpful tips](/helpful-tips)", "`crisis line`", "[More](/articles/sleep)",
				"Room 9880.")) {
			assertThat(safeMessaging
				.check(new SafeMessagingInput("About suicidal thoughts. " + notHelp, 1, suicide, Set.of()))).as(notHelp)
				.extracting(Finding::ruleId)
				.containsExactly("crisis-topic-help-link");
		}
	}

	@Test
	void anArticleOnAnotherTopicNeedsNoHelpLink() {
		assertThat(safeMessaging
			.check(new SafeMessagingInput("Sleep well.", 1, Set.of("grief"), Set.of("sleep", "anxiety")))).isEmpty();
	}

	private List<Finding> check(String body) {
		return safeMessaging.check(new SafeMessagingInput(body, 1, Set.of(), Set.of()));
	}

}
