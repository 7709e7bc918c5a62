package org.haven.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.haven.article.ArticleCard;
import org.haven.care.HelpService;
import org.haven.taxonomy.ContentNote;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * What a feed item says before the article, since feed readers show items without the
 * article page around them: its content note, and for a crisis topic (suicide, self-harm)
 * where to find help now. Worded from the theme's bundles in the site's language
 * ({@code feed.content-note}, {@code feed.crisis}), with English defaults.
 */
final class ItemPreamble {

	private final MessageSource messages;

	private final Locale locale;

	private final Predicate<ArticleCard> crisisTopic;

	private final @Nullable HelpService main;

	private final String helpUrl;

	ItemPreamble(MessageSource messages, Locale locale, Predicate<ArticleCard> crisisTopic, @Nullable HelpService main,
			String helpUrl) {
		this.messages = messages;
		this.locale = locale;
		this.crisisTopic = crisisTopic;
		this.main = main;
		this.helpUrl = helpUrl;
	}

	/** The plain-text summary with the lines in front, a blank line after each. */
	String beforeText(ArticleCard card, String summary) {
		List<String> lines = new ArrayList<>();
		note(card).ifPresent(lines::add);
		crisis(card).ifPresent(line -> lines.add(line + " " + helpUrl));
		lines.add(summary);
		return String.join("\n\n", lines);
	}

	/** The HTML content with each line in front as its own paragraph. */
	String beforeHtml(ArticleCard card, String html) {
		StringBuilder out = new StringBuilder();
		note(card).ifPresent(
				note -> out.append("<p class=\"content-note\">").append(HtmlUtils.htmlEscape(note)).append("</p>\n"));
		crisis(card).ifPresent(line -> out.append("<p class=\"crisis-support\">")
			.append(HtmlUtils.htmlEscape(line))
			.append(" <a href=\"")
			.append(HtmlUtils.htmlEscape(helpUrl))
			.append("\">")
			.append(HtmlUtils.htmlEscape(helpUrl))
			.append("</a></p>\n"));
		return out.append(html).toString();
	}

	/** "Content note: Suicide, Self-harm. This article discusses …" */
	Optional<String> note(ArticleCard card) {
		String labels = card.contentNotes().stream().map(ContentNote::label).collect(Collectors.joining(", "));
		String warning = card.contentWarning() == null ? "" : card.contentWarning().strip();
		if (labels.isEmpty() && warning.isEmpty()) {
			return Optional.empty();
		}
		String line = labels;
		if (!warning.isEmpty()) {
			line = labels.isEmpty() ? warning : labels + ". " + warning;
		}
		line = messages.getMessage("feed.content-note", new Object[] { line }, "Content note: {0}", locale);
		return Optional.of(line.endsWith(".") || line.endsWith("!") || line.endsWith("?") ? line : line + ".");
	}

	/** "If you need help now, call Samaritans on 116 123, any time. More support:" */
	private Optional<String> crisis(ArticleCard card) {
		if (main == null || !crisisTopic.test(card)) {
			return Optional.empty();
		}
		return Optional.of(messages.getMessage("feed.crisis", new Object[] { main.name(), main.number() },
				"If you need help now, contact {0} on {1}. More support:", locale));
	}

}
