package org.haven.site;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.article.ArticleCard;
import org.haven.article.ArticleDetail;
import org.haven.article.AuthorView;
import org.haven.article.PageView;
import org.haven.comment.CommentView;
import org.haven.config.SiteProperties;
import org.haven.feed.FeedCatalog;
import org.haven.feed.FeedScope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds each page's head: title, description, canonical URL, Open Graph type and
 * schema.org JSON-LD.
 */
@Component
class MetaFactory {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SiteProperties site;

	private final FeedCatalog feeds;

	private final MessageSource messages;

	MetaFactory(SiteProperties site, FeedCatalog feeds, MessageSource messages) {
		this.site = site;
		this.feeds = feeds;
		this.messages = messages;
	}

	/** A theme word in the site's language. */
	private String word(String key, Object... args) {
		return messages.getMessage(key, args, site.locale());
	}

	private String pageTitle(String title, int page) {
		return page > 1 ? word("meta.title.paged", title, page) : title;
	}

	PageMeta home(int page) {
		Map<String, Object> ld = base("WebSite");
		ld.put("name", site.title());
		ld.put("description", site.description());
		ld.put("url", site.absolute("/"));
		return meta(pageTitle(site.title(), page), site.description(), paged("/", page), "website", ld, "site", null);
	}

	PageMeta article(ArticleDetail detail) {
		return article(detail, List.of(), 0);
	}

	/** An article page; its published comments become schema.org {@code Comment}s. */
	PageMeta article(ArticleDetail detail, List<CommentView> comments, int commentCount) {
		ArticleCard card = detail.card();
		String canonical = site.absolute(card.url());
		Map<String, Object> ld = base(detail.reviewed() ? "MedicalWebPage" : "Article");
		ld.put("headline", card.title());
		ld.put("name", card.title());
		ld.put("description", card.summary());
		ld.put("url", canonical);
		ld.put("mainEntityOfPage", canonical);
		ld.put("datePublished", card.publishedAt().toString());
		ld.put("dateModified", card.updatedAt().toString());
		ld.put("inLanguage", site.language());
		ld.put("articleSection", card.categoryName());
		ld.put("keywords", card.tags().stream().map(t -> t.label()).toList());
		ld.put("wordCount", detail.wordCount());
		if (card.author() != null) {
			ld.put("author", person(card.author()));
		}
		ld.put("publisher",
				StructuredData.node("@type", "Organization", "name", site.title(), "url", site.absolute("/")));
		if (detail.reviewed()) {
			ld.put("lastReviewed", detail.lastReviewed().toString());
			Map<String, Object> reviewer = person(detail.reviewer());
			if (detail.reviewer().credentials() != null) {
				reviewer.put("hasCredential", StructuredData.node("@type", "EducationalOccupationalCredential", "name",
						detail.reviewer().credentials()));
			}
			ld.put("reviewedBy", reviewer);
			ld.put("medicalAudience", StructuredData.node("@type", "MedicalAudience", "audienceType", "Patient"));
		}
		if (commentCount > 0) {
			ld.put("commentCount", commentCount);
			ld.put("comment", comments.stream().map(comment -> comment(comment, canonical)).toList());
		}
		String image = detail.cover() == null ? null : absoluteUrl(detail.cover());
		if (image != null) {
			ld.put("image", image);
		}
		if (!detail.references().isEmpty()) {
			ld.put("citation", detail.references().stream().map(StructuredData::citation).toList());
		}
		List<Map<String, Object>> graph = new ArrayList<>();
		graph.add(ld);
		graph.add(StructuredData.breadcrumbs(List.of(Map.entry(site.title(), site.absolute("/")),
				Map.entry(card.categoryName(), site.absolute("/categories/" + card.categorySlug())),
				Map.entry(card.title(), canonical))));
		if (!detail.faq().isEmpty()) {
			graph.add(StructuredData.faqPage(detail.faq(), canonical));
		}
		PageMeta meta = meta(card.title() + " | " + site.title(), card.summary(), canonical, "article", ld, "article",
				image);
		return new PageMeta(meta.title(), meta.description(), meta.canonical(), meta.ogType(), meta.ogImage(),
				json(graph), meta.feeds(), false, detail.keywords());
	}

	PageMeta collection(String title, String description, String path, int page, String feedScope) {
		Map<String, Object> ld = base("CollectionPage");
		ld.put("name", title);
		ld.put("description", description);
		ld.put("url", site.absolute(path));
		String fullTitle = pageTitle(title, page) + " | " + site.title();
		return meta(fullTitle, description, paged(path, page), "website", ld, feedScope, null);
	}

	PageMeta page(PageView page) {
		Map<String, Object> ld = base("WebPage");
		ld.put("name", page.title());
		ld.put("description", page.summary());
		ld.put("url", site.absolute(page.url()));
		ld.put("dateModified", page.updatedAt().toString());
		return meta(page.title() + " | " + site.title(), page.summary(), site.absolute(page.url()), "website", ld,
				"site", null);
	}

	/**
	 * Search results are never indexed by crawlers; the canonical URL is the search page
	 * itself.
	 */
	PageMeta search(String query) {
		Map<String, Object> ld = base("SearchResultsPage");
		ld.put("name", word("search.title"));
		String title = query.isBlank() ? word("search.title") : word("meta.title.search", query);
		PageMeta meta = meta(title + " | " + site.title(), word("meta.description.search", site.title()),
				site.absolute("/search"), "website", ld, "site", null);
		return new PageMeta(meta.title(), meta.description(), meta.canonical(), meta.ogType(), null, meta.jsonLd(),
				meta.feeds(), true);
	}

	/**
	 * The newsletter pages: the sign-up page is indexed, the personal ones (confirm,
	 * manage) are not.
	 */
	PageMeta subscribe(String path, boolean indexed) {
		Map<String, Object> ld = base("WebPage");
		ld.put("name", "Subscribe");
		PageMeta meta = meta("Subscribe | " + site.title(), "New articles from " + site.title() + " by e-mail.",
				site.absolute(path), "website", ld, "site", null);
		return new PageMeta(meta.title(), meta.description(), meta.canonical(), meta.ogType(), null, meta.jsonLd(),
				meta.feeds(), !indexed);
	}

	/** A page that answers a form (a comment sent, a problem with it): never indexed. */
	PageMeta notice(String title, String path) {
		Map<String, Object> ld = base("WebPage");
		ld.put("name", title);
		PageMeta meta = meta(title + " | " + site.title(), site.description(), site.absolute(path), "website", ld,
				"site", null);
		return new PageMeta(meta.title(), meta.description(), meta.canonical(), meta.ogType(), null, meta.jsonLd(),
				meta.feeds(), true);
	}

	PageMeta error(int status, String path) {
		String title = word(status == 404 ? "error.404.title" : "error.500.title");
		Map<String, Object> ld = base("WebPage");
		ld.put("name", title);
		PageMeta meta = meta(title + " | " + site.title(), site.description(), site.absolute(path), "website", ld,
				"site", null);
		return new PageMeta(meta.title(), meta.description(), meta.canonical(), meta.ogType(), null, meta.jsonLd(),
				meta.feeds(), true);
	}

	/** The help page: crisis and support services for the site's region. */
	PageMeta help() {
		Map<String, Object> ld = base("WebPage");
		String title = word("help.title");
		ld.put("name", title);
		ld.put("url", site.absolute("/help"));
		return meta(title + " | " + site.title(), word("help.description"), site.absolute("/help"), "website", ld,
				"site", null);
	}

	private PageMeta meta(String title, String description, String canonical, String ogType, Map<String, Object> ld,
			String feedScope, @Nullable String image) {
		return new PageMeta(title, description, canonical, ogType, image, json(ld), feeds(feedScope), false);
	}

	/**
	 * Feeds advertised by a page; {@code scope} is site, article, or
	 * category:/tag:/author: plus a slug.
	 */
	private List<PageMeta.FeedLink> feeds(String scope) {
		return feeds.links(FeedScope.parse(scope).orElse(FeedScope.SITE))
			.stream()
			.map(link -> new PageMeta.FeedLink(link.title(), link.url(), link.type()))
			.toList();
	}

	private String paged(String path, int page) {
		return site.absolute(page > 1 ? path + "?page=" + page : path);
	}

	private static Map<String, Object> comment(CommentView comment, String canonical) {
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@type", "Comment");
		ld.put("url", canonical + "#" + comment.anchor());
		ld.put("text", comment.text());
		ld.put("dateCreated", comment.createdAt().truncatedTo(ChronoUnit.SECONDS).toString());
		ld.put("author", StructuredData.node("@type", comment.fromPublication() ? "Organization" : "Person", "name",
				comment.authorName()));
		if (!comment.replies().isEmpty()) {
			ld.put("comment", comment.replies().stream().map(reply -> comment(reply, canonical)).toList());
		}
		return ld;
	}

	private Map<String, Object> person(AuthorView author) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("@type", "Person");
		person.put("name", author.name());
		if (author.credentials() != null) {
			person.put("honorificSuffix", author.credentials());
		}
		person.put("url", site.absolute(author.url()));
		return person;
	}

	private String absoluteUrl(String url) {
		return url.startsWith("http://") || url.startsWith("https://") ? url
				: site.absolute(url.startsWith("/") ? url : "/media/" + url);
	}

	private static Map<String, Object> base(String type) {
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", type);
		return ld;
	}

	/** JSON that is safe inside a script block: no {@code <} can close it early. */
	static String json(Object ld) {
		return JSON.writeValueAsString(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
