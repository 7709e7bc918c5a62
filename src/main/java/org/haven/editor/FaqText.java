package org.haven.editor;

import java.util.ArrayList;
import java.util.List;

import org.haven.content.DraftProblem;
import org.haven.content.FrontMatter.Faq;
import org.jspecify.annotations.Nullable;

/**
 * The editor's FAQ field: question and answer pairs as plain text, a {@code Q:} line then
 * an {@code A:} line, with longer ones continuing on the lines below.
 */
final class FaqText {

	private FaqText() {
	}

	static String format(List<Faq> faq) {
		StringBuilder qa = new StringBuilder();
		for (Faq pair : faq) {
			qa.append("Q: ").append(pair.question()).append("\nA: ").append(pair.answer()).append("\n\n");
		}
		return qa.toString().strip();
	}

	static List<Faq> parse(String faq, List<DraftProblem> problems) {
		List<Faq> pairs = new ArrayList<>();
		String question = null;
		StringBuilder answer = null;
		for (String raw : faq.replace("\r\n", "\n").split("\n")) {
			String line = raw.strip();
			if (line.regionMatches(true, 0, "Q:", 0, 2)) {
				if (question != null) {
					pairs.add(pair(question, answer, problems));
				}
				question = line.substring(2).strip();
				answer = null;
			}
			else if (line.regionMatches(true, 0, "A:", 0, 2) && question != null && answer == null) {
				answer = new StringBuilder(line.substring(2).strip());
			}
			else if (!line.isEmpty()) {
				if (answer != null) {
					answer.append(' ').append(line);
				}
				else if (question != null) {
					question = question + " " + line;
				}
				else {
					problems.add(new DraftProblem("faq", "Start each question with 'Q:' and each answer with 'A:'."));
					return List.of();
				}
			}
		}
		if (question != null) {
			pairs.add(pair(question, answer, problems));
		}
		return pairs.stream().filter(p -> p != null).toList();
	}

	private static @Nullable Faq pair(String question, @Nullable StringBuilder answer, List<DraftProblem> problems) {
		if (answer == null || answer.isEmpty() || question.isEmpty()) {
			problems
				.add(new DraftProblem("faq", "Every question needs an answer on an 'A:' line: '" + question + "'."));
			return null;
		}
		return new Faq(question, answer.toString());
	}

}
