package org.haven.feed;

import java.util.List;
import java.util.Optional;

import org.haven.article.ArticleCard;
import org.haven.article.Articles;
import org.haven.article.Slice;
import org.haven.config.SiteProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Finds the articles and wording of a feed; empty when the category, tag or author does
 * not exist.
 */
@Component
class FeedSource {

	private final Articles articles;

	private final SiteProperties site;

	private final FeedProperties properties;

	private final MessageSource messages;

	FeedSource(Articles articles, SiteProperties site, FeedProperties properties, MessageSource messages) {
		this.articles = articles;
		this.messages = messages;
		this.site = site;
		this.properties = properties;
	}

	Optional<FeedContent> content(FeedScope scope) {
		int n = properties.items();
		String slug = scope.slug() == null ? "" : scope.slug();
		return switch (scope.kind()) {
			case SITE -> Optional.of(feed(scope, site.title(), site.description(), articles.latest(1, n)));
			case CATEGORY -> articles.category(slug)
				.map(c -> feed(scope, site.title() + " — " + c.name(), c.description(),
						articles.inCategory(slug, 1, n)));
			case TAG -> articles.tag(slug)
				.map(t -> feed(scope, tagTitle(t.label()),
						word("tag.description", "Articles tagged \u201c{0}\u201d.", t.label()),
						articles.taggedWith(slug, 1, n)));
			case AUTHOR -> articles.author(slug)
				.map(a -> feed(scope, site.title() + " — " + a.name(),
						word("feed.author.description", "Articles written or clinically reviewed by {0}.", a.name()),
						articles.byAuthor(slug, 1, n)));
		};
	}

	/** A feed's title without fetching its articles, for autodiscovery links. */
	Optional<String> title(FeedScope scope) {
		String slug = scope.slug() == null ? "" : scope.slug();
		return switch (scope.kind()) {
			case SITE -> Optional.of(site.title());
			case CATEGORY -> articles.category(slug).map(c -> site.title() + " — " + c.name());
			case TAG -> articles.tag(slug).map(t -> tagTitle(t.label()));
			case AUTHOR -> articles.author(slug).map(a -> site.title() + " — " + a.name());
		};
	}

	private String tagTitle(String label) {
		return site.title() + " — " + word("feed.tag.title", "tagged \u201c{0}\u201d", label);
	}

	/** A theme word in the site's language, or the English default. */
	private String word(String key, String english, Object... args) {
		return messages.getMessage(key, args, english, site.locale());
	}

	/** Where the feed of a renamed or merged category or tag lives now. */
	Optional<FeedScope> movedTo(FeedScope scope) {
		String slug = scope.slug() == null ? "" : scope.slug();
		Optional<String> to = switch (scope.kind()) {
			case CATEGORY -> articles.categoryRedirect(slug);
			case TAG -> articles.tagRedirect(slug);
			case SITE, AUTHOR -> Optional.empty();
		};
		return to.map(newSlug -> new FeedScope(scope.kind(), newSlug));
	}

	private FeedContent feed(FeedScope scope, String title, String description, Slice<ArticleCard> slice) {
		List<Long> ids = slice.items().stream().map(ArticleCard::id).toList();
		return new FeedContent(scope, title, description, articles.publishedDetails(ids));
	}

}
