package org.haven.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import org.haven.article.ArticleCard;
import org.haven.article.ArticleDetail;
import org.haven.config.SiteProperties;
import org.springframework.context.support.StaticMessageSource;

/**
 * Builds the Rome {@link SyndFeed} both formats share: absolute links, a stable id per
 * article, dates, tags as categories, an author on every entry (the site when the article
 * names none), and full or summary content, each starting with the article's content note
 * when it has one.
 */
final class SyndFeedBuilder {

	private final SiteProperties site;

	private final ItemPreamble preamble;

	SyndFeedBuilder(SiteProperties site, ItemPreamble preamble) {
		this.site = site;
		this.preamble = preamble;
	}

	/** English notes and no crisis line: for tests of the feed's shape. */
	SyndFeedBuilder(SiteProperties site) {
		this(site, new ItemPreamble(new StaticMessageSource(), site.locale(), card -> false, null, ""));
	}

	SyndFeed build(FeedContent content, FeedFormat format, FeedProperties.Content mode) {
		FeedScope scope = content.scope();
		String self = site.absolute(scope.feedPath(format));
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType(format.romeType());
		feed.setTitle(content.title());
		feed.setDescription(content.description());
		feed.setLink(site.absolute(scope.pagePath()));
		feed.setUri(self);
		feed.setLanguage(site.language());
		feed.setLinks(List.of(link("alternate", site.absolute(scope.pagePath()), "text/html"),
				link("self", self, format.type())));
		feed.setAuthors(List.of(person(site.title())));
		feed.setPublishedDate(Date.from(lastUpdated(content)));
		List<SyndEntry> entries = new ArrayList<>();
		content.items().forEach(item -> entries.add(entry(item, mode)));
		feed.setEntries(entries);
		return feed;
	}

	/**
	 * When the feed last changed: the newest {@code updatedAt} of its items (the epoch
	 * for an empty feed).
	 */
	static Instant lastUpdated(FeedContent content) {
		return content.items()
			.stream()
			.map(item -> item.card().updatedAt())
			.max(Instant::compareTo)
			.orElse(Instant.EPOCH);
	}

	/**
	 * {@code tag:<host>,<first publish day>:article-<id>}: does not change when the title
	 * or slug does (RFC 4151).
	 */
	String id(ArticleCard card) {
		String day = card.publishedAt().atZone(ZoneOffset.UTC).toLocalDate().toString();
		return "tag:" + site.baseUrl().getHost() + "," + day + ":article-" + card.id();
	}

	private SyndEntry entry(ArticleDetail item, FeedProperties.Content mode) {
		ArticleCard card = item.card();
		SyndEntry entry = new SyndEntryImpl();
		entry.setTitle(card.title());
		entry.setLink(site.absolute(card.url()));
		entry.setUri(id(card));
		entry.setPublishedDate(Date.from(card.publishedAt()));
		entry.setUpdatedDate(Date.from(card.updatedAt()));
		entry.setAuthors(List.of(person(card.author() == null ? site.title() : card.author().name())));
		entry.setDescription(text("text/plain", preamble.beforeText(card, card.summary())));
		if (mode == FeedProperties.Content.FULL) {
			String body = AbsoluteUrls.in(item.bodyHtml(), site.baseUrl().toString());
			entry.setContents(List.of(text("text/html", preamble.beforeHtml(card, body))));
		}
		List<SyndCategory> categories = new ArrayList<>();
		card.tags().forEach(tag -> {
			SyndCategory category = new SyndCategoryImpl();
			category.setName(tag.label());
			category.setTaxonomyUri(site.absolute("/tags/" + tag.slug()));
			categories.add(category);
		});
		entry.setCategories(categories);
		return entry;
	}

	private static SyndContent text(String type, String value) {
		SyndContent content = new SyndContentImpl();
		content.setType(type);
		content.setValue(value);
		return content;
	}

	private static SyndLink link(String rel, String href, String type) {
		SyndLink link = new SyndLinkImpl();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

	private static SyndPerson person(String name) {
		SyndPerson person = new SyndPersonImpl();
		person.setName(name);
		return person;
	}

}
