package org.haven.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.article.Articles;
import org.haven.support.HtmlChecker;
import org.haven.support.Http;
import org.haven.theme.ThemeProperties;
import org.haven.theme.ThemeRegistry;

import org.springframework.context.ApplicationContext;

/**
 * Checks that a theme's front page shows an article's comment count on its card: finds
 * the first card (magazine: the lead story), gives its article three more approved
 * comments, and reads the card again.
 */
record CardCounts(int port, ThemeRegistry themes, Articles articles, CommentRepository comments, Moderation moderation,
		CommentCounts counts) {

	private static final Pattern LINK = Pattern.compile("href=\"/articles/([a-z0-9-]+)\"");

	/** For the site running on {@code port} with {@code context}. */
	static CardCounts of(ApplicationContext context, int port) {
		return new CardCounts(port, context.getBean(ThemeRegistry.class), context.getBean(Articles.class),
				context.getBean(CommentRepository.class), context.getBean(Moderation.class),
				context.getBean(CommentCounts.class));
	}

	/**
	 * The first card of {@code theme}'s front page, after its article got three more
	 * comments; {@code expected} formats the new total in the site's language.
	 */
	void showsThreeMore(String theme, String cardClass, String expectedFormat) {
		themes.activate(theme);
		try {
			showThreeMore(theme, cardClass, expectedFormat);
		}
		finally {
			themes.activate(ThemeProperties.DEFAULT_THEME);
		}
	}

	private void showThreeMore(String theme, String cardClass, String expectedFormat) {
		String slug = slugIn(card(Http.get(port, "/").body(), cardClass));
		long id = articles.published(slug).orElseThrow().card().id();
		int before = counts.of(id);
		List<Long> ids = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			Comment comment = new Comment(id, null, "Card reader " + i, "Thank you " + i, "<p>Thank you " + i + "</p>",
					Instant.now());
			ids.add(comments.save(comment).getId());
		}
		moderation.apply(ModerationAction.APPROVE, ids, "admin@haven.test");

		String page = Http.get(port, "/").body();
		assertThat(HtmlChecker.errors(page)).as(theme).isEmpty();
		String card = card(page, cardClass);
		assertThat(slugIn(card)).isEqualTo(slug);
		assertThat(card).as(theme).contains("class=\"comment-count\">" + expectedFormat.formatted(before + 3) + "<");
	}

	private static String card(String page, String cardClass) {
		int start = page.indexOf("<article class=\"" + cardClass + "\"");
		assertThat(start).as("a card with class " + cardClass).isNotNegative();
		return page.substring(start, page.indexOf("</article>", start));
	}

	private static String slugIn(String card) {
		Matcher link = LINK.matcher(card);
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

}
