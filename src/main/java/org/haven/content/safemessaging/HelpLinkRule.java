package org.haven.content.safemessaging;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The {@code requires-help-link} kind: an article on a crisis topic (one of {@code notes}
 * among its content notes, or one of {@code tags} among its tags) must point readers to
 * help, by a link starting with one of {@code helpLinks} or by naming one of the help
 * words. Reported once, at the first line of the body.
 */
record HelpLinkRule(String id, Set<String> notes, Set<String> tags, List<String> helpLinks, Pattern helpWords,
		String reason, String suggestion) implements Rule {

	@Override
	public void check(Document document, Consumer<Finding> findings) {
		Optional<String> topic = firstShared(document.contentNotes(), notes)
			.or(() -> firstShared(document.tags(), tags));
		if (topic.isEmpty() || pointsToHelp(document)) {
			return;
		}
		findings.accept(new Finding(id, document.firstBodyLine(), 1, topic.get(), reason, suggestion, true));
	}

	@Override
	public boolean mayApply(FoldedText text, Set<String> contentNotes, Set<String> tags) {
		return firstShared(contentNotes, notes).or(() -> firstShared(tags, this.tags)).isPresent();
	}

	private boolean pointsToHelp(Document document) {
		for (Passage passage : document.passages()) {
			if (passage.destinations().stream().anyMatch(this::isHelpLink)
					|| helpWords.matcher(passage.text()).find()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * {@code /help} matches {@code /help}, {@code /help/uk} and {@code /help#now}, never
	 * {@code /helpful}.
	 */
	private boolean isHelpLink(String destination) {
		String d = destination.strip().toLowerCase(Locale.ROOT);
		for (String link : helpLinks) {
			String l = link.toLowerCase(Locale.ROOT);
			if (d.equals(l) || (d.startsWith(l)
					&& (l.endsWith(":") || l.endsWith("/") || "/?#".indexOf(d.charAt(l.length())) >= 0))) {
				return true;
			}
		}
		return false;
	}

	private static Optional<String> firstShared(Set<String> slugs, Set<String> wanted) {
		return slugs.stream().map(s -> s.toLowerCase(Locale.ROOT)).filter(wanted::contains).sorted().findFirst();
	}

}
