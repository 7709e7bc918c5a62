package org.haven.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;

import org.jspecify.annotations.Nullable;

import org.haven.article.ArticleCard;
import org.haven.article.Articles;
import org.haven.comment.CommentEntry;
import org.haven.comment.Comments;
import org.haven.config.SiteProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * RSS of published comments: the site's latest at {@code /comments/feed.xml}, one
 * article's at {@code /articles/{slug}/comments/feed.xml}. Anonymous readers get them
 * from the page cache, which drops them whenever comments change.
 */
@RestController
class CommentFeedController {

	static final int ITEMS = 30;

	private final Comments comments;

	private final Articles articles;

	private final SiteProperties site;

	CommentFeedController(Comments comments, Articles articles, SiteProperties site) {
		this.comments = comments;
		this.articles = articles;
		this.site = site;
	}

	@GetMapping("/comments/feed.xml")
	ResponseEntity<byte[]> site(WebRequest request) {
		return serve(null, comments.latest(null, ITEMS), "/comments/feed.xml", request);
	}

	@GetMapping("/articles/{slug}/comments/feed.xml")
	ResponseEntity<byte[]> article(@PathVariable String slug, WebRequest request) {
		ArticleCard card = articles.publishedCard(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no article " + slug));
		return serve(card, comments.latest(card.id(), ITEMS), card.url() + "/comments/feed.xml", request);
	}

	private ResponseEntity<byte[]> serve(@Nullable ArticleCard article, List<CommentEntry> entries, String path,
			WebRequest request) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setTitle(article == null ? "Comments on " + site.title() : "Comments on " + article.title());
		feed.setLink(site.absolute(article == null ? "/" : article.url()));
		feed.setUri(site.absolute(path));
		feed.setDescription(article == null ? "The latest published comments on " + site.title() + "."
				: "Published comments on \u201c" + article.title() + "\u201d.");
		feed.setLanguage(site.locale().toLanguageTag());
		Map<Long, ArticleCard> cards = new HashMap<>();
		List<SyndEntry> items = new ArrayList<>();
		for (CommentEntry entry : entries) {
			ArticleCard card = article != null ? article
					: cards.computeIfAbsent(entry.articleId(), id -> articles.publishedCard(id).orElse(null));
			if (card != null) {
				items.add(item(entry, card));
			}
		}
		feed.setEntries(items);
		Instant latest = entries.isEmpty() ? Instant.EPOCH : entries.get(0).createdAt();
		if (!entries.isEmpty()) {
			// an empty feed says nothing about when, rather than 1 January 1970
			feed.setPublishedDate(Date.from(latest));
		}
		byte[] body = FeedWriter.write(feed, FeedFormat.RSS);
		return ConditionalResponses.respond(FeedDocument.of(body, latest), FeedFormat.RSS.mediaType(), request);
	}

	private SyndEntry item(CommentEntry entry, ArticleCard card) {
		SyndEntry item = new SyndEntryImpl();
		item.setTitle(entry.authorName() + " on \u201c" + card.title() + "\u201d");
		String link = site.absolute(card.url() + "#comment-" + entry.id());
		item.setLink(link);
		item.setUri(link);
		item.setAuthor(entry.authorName());
		item.setPublishedDate(Date.from(entry.createdAt()));
		SyndContentImpl description = new SyndContentImpl();
		description.setType("text/html");
		description.setValue(entry.html());
		item.setDescription(description);
		return item;
	}

}
