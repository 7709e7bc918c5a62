package org.haven.feed;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Which articles a feed carries: the whole site, or one category, tag or author (by
 * slug).
 */
public record FeedScope(Kind kind, @Nullable String slug) {

	public enum Kind {

		SITE(""), CATEGORY("/categories/"), TAG("/tags/"), AUTHOR("/authors/");

		private final String prefix;

		Kind(String prefix) {
			this.prefix = prefix;
		}

	}

	public static final FeedScope SITE = new FeedScope(Kind.SITE, null);

	/**
	 * A page's scope as the site module names it: {@code site} or {@code article} for the
	 * site feed, or {@code category:}, {@code tag:}, {@code author:} and a slug.
	 */
	public static Optional<FeedScope> parse(String scope) {
		int colon = scope.indexOf(':');
		if (colon < 0) {
			return scope.equals("site") || scope.equals("article") ? Optional.of(SITE) : Optional.empty();
		}
		String slug = scope.substring(colon + 1);
		return switch (scope.substring(0, colon)) {
			case "category" -> Optional.of(new FeedScope(Kind.CATEGORY, slug));
			case "tag" -> Optional.of(new FeedScope(Kind.TAG, slug));
			case "author" -> Optional.of(new FeedScope(Kind.AUTHOR, slug));
			default -> Optional.empty();
		};
	}

	/**
	 * The list page this feed follows, e.g. {@code /tags/panic}; {@code /} for the site.
	 */
	public String pagePath() {
		return kind == Kind.SITE ? "/" : kind.prefix + slug;
	}

	/** The feed's own path in {@code format}, e.g. {@code /tags/panic/atom.xml}. */
	public String feedPath(FeedFormat format) {
		return (kind == Kind.SITE ? "" : kind.prefix + slug) + "/" + format.fileName();
	}

}
