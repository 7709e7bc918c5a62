package org.haven.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.haven.content.DraftProblem;
import org.haven.content.Slugs;
import org.jspecify.annotations.Nullable;

/**
 * What a draft needs before it is saved (enough to be a valid file) and before it is
 * published (enough for readers: a summary, described images, no links to articles that
 * do not exist). Messages speak to writers, not developers.
 */
final class DraftChecks {

	private static final Pattern ARTICLE_LINK = Pattern.compile("^/articles/([^/?#]+)/?(?:[?#].*)?$");

	private static final Parser MARKDOWN = Parser.builder().build();

	private DraftChecks() {
	}

	static List<DraftProblem> forSave(ArticleDraft d, Set<String> categories, Set<String> notes, Set<String> authors) {
		List<DraftProblem> problems = new ArrayList<>();
		if (d.title().isBlank()) {
			problems.add(new DraftProblem("title", "Give the article a title."));
		}
		if (d.slug().isBlank()) {
			problems.add(new DraftProblem("slug",
					"Give the article a web address (slug), for example 'coping-with-worry'."));
		}
		else if (!Slugs.isValid(d.slug())) {
			problems.add(new DraftProblem("slug",
					"The web address may use only lowercase letters, digits and single hyphens, for example '"
							+ Slugs.of(d.slug()) + "'."));
		}
		if (d.category().isBlank()) {
			problems.add(new DraftProblem("category", "Choose a category."));
		}
		else if (!categories.contains(d.category())) {
			problems.add(new DraftProblem("category", "'" + d.category() + "' is not one of the site's categories."));
		}
		for (String note : d.contentNotes()) {
			if (!notes.contains(note)) {
				problems.add(new DraftProblem("contentNotes", "'" + note + "' is not one of the site's content notes."
						+ " Choose from the list, or ask an editor to add it."));
			}
		}
		if (d.author() != null && !authors.contains(d.author())) {
			problems.add(new DraftProblem("author", "'" + d.author() + "' is not a known author."));
		}
		if (d.reviewer() != null && !authors.contains(d.reviewer())) {
			problems.add(new DraftProblem("reviewer", "'" + d.reviewer() + "' is not a known reviewer."));
		}
		if (d.cover() != null && (d.coverAlt() == null || d.coverAlt().isBlank())) {
			problems
				.add(new DraftProblem("coverAlt", "Describe the cover image for people who cannot see it (alt text)."));
		}
		return problems;
	}

	/**
	 * Extra rules for publishing; {@code published} says whether a slug belongs to a
	 * published article.
	 */
	static List<DraftProblem> forPublish(ArticleDraft d, Predicate<String> published) {
		List<DraftProblem> problems = new ArrayList<>();
		if (d.summary().isBlank()) {
			problems.add(new DraftProblem("summary",
					"Write a one or two sentence summary: it is shown in lists, search results and feeds."));
		}
		if (d.body().isBlank()) {
			problems.add(new DraftProblem("body", "The article has no text yet."));
		}
		Node document = MARKDOWN.parse(d.body());
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				if (textOf(image).isBlank()) {
					problems.add(new DraftProblem("body", "The image '" + image.getDestination()
							+ "' needs a description (alt text): write it between the brackets, ![like this](...)."));
				}
				visitChildren(image);
			}

			@Override
			public void visit(Link link) {
				String target = slugOf(link.getDestination());
				if (target != null && !target.equals(d.slug()) && !published.test(target)) {
					problems.add(new DraftProblem("body",
							"The link to '" + link.getDestination() + "' goes to an article that is not published."));
				}
				visitChildren(link);
			}
		});
		return problems;
	}

	static @Nullable String slugOf(String destination) {
		Matcher m = ARTICLE_LINK.matcher(destination);
		return m.matches() ? m.group(1) : null;
	}

	private static String textOf(Node node) {
		StringBuilder text = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text t) {
				text.append(t.getLiteral());
			}
		});
		return text.toString();
	}

}
