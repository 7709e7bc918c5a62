package org.haven.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.haven.article.ArticleAddress;
import org.haven.article.Articles;
import org.haven.article.AuthorView;
import org.haven.article.PageView;
import org.haven.config.SiteProperties;
import org.haven.taxonomy.CategoryView;
import org.haven.taxonomy.TagCount;
import org.springframework.stereotype.Service;

/**
 * The sitemap and robots.txt as prepared documents: every published article, then the
 * home page, standing pages, categories and tags with articles, and authors; each list
 * dated by its newest article. Articles come oldest first, so when the sitemap is split
 * into parts a new article changes only the last part, and the others keep their bytes
 * and their {@code Last-Modified} for crawlers asking again.
 */
@Service
class Sitemaps {

	private final Articles articles;

	private final SiteProperties site;

	private final PreparedDocuments prepared;

	private final SitemapBuilder builder;

	Sitemaps(Articles articles, SiteProperties site, PreparedDocuments prepared, FeedProperties properties) {
		this.articles = articles;
		this.site = site;
		this.prepared = prepared;
		this.builder = new SitemapBuilder(properties.sitemapUrls());
	}

	/**
	 * {@code /sitemap.xml}: the sitemap itself, or the index of its parts when there are
	 * too many addresses.
	 */
	FeedDocument sitemap() {
		return prepared.get("/sitemap.xml", () -> {
			List<SitemapUrl> urls = urls();
			byte[] body = builder.needsIndex(urls) ? builder.index(urls, n -> site.absolute("/sitemap-" + n + ".xml"))
					: builder.urlset(urls);
			return Optional.of(document(body, SitemapBuilder.newest(urls)));
		}).orElseThrow();
	}

	/** {@code /sitemap-n.xml}: one part, only when the sitemap is split. */
	Optional<FeedDocument> part(int number) {
		return prepared.get("/sitemap-" + number + ".xml", () -> {
			List<SitemapUrl> urls = urls();
			if (!builder.needsIndex(urls) || number < 1 || number > builder.parts(urls)) {
				return Optional.empty();
			}
			List<SitemapUrl> part = builder.part(urls, number);
			return Optional.of(document(builder.urlset(part), SitemapBuilder.newest(part)));
		});
	}

	FeedDocument robots() {
		return prepared
			.get("/robots.txt",
					() -> Optional.of(document(
							RobotsTxt.of(site.absolute("/sitemap.xml")).getBytes(StandardCharsets.UTF_8), null)))
			.orElseThrow();
	}

	List<SitemapUrl> urls() {
		List<ArticleAddress> published = articles.publishedAddresses();
		Map<String, Instant> byCategory = new HashMap<>();
		Map<String, Instant> byTag = new HashMap<>();
		Map<String, Instant> byAuthor = new HashMap<>();
		Instant newest = null;
		for (ArticleAddress article : published) {
			Instant at = article.updatedAt();
			newest = newest == null || at.isAfter(newest) ? at : newest;
			byCategory.merge(article.categorySlug(), at, Sitemaps::later);
			article.tagSlugs().forEach(tag -> byTag.merge(tag, at, Sitemaps::later));
			if (article.authorSlug() != null) {
				byAuthor.merge(article.authorSlug(), at, Sitemaps::later);
			}
		}
		List<SitemapUrl> urls = new ArrayList<>(published.size() + 64);
		for (int i = published.size() - 1; i >= 0; i--) {
			ArticleAddress article = published.get(i);
			urls.add(new SitemapUrl(site.absolute(article.url()), article.updatedAt()));
		}
		urls.add(new SitemapUrl(site.absolute("/"), newest));
		for (PageView page : articles.pages()) {
			urls.add(new SitemapUrl(site.absolute(page.url()), page.updatedAt()));
		}
		for (CategoryView category : articles.categories()) {
			if (category.count() > 0) {
				urls.add(new SitemapUrl(site.absolute(category.url()), byCategory.get(category.slug())));
			}
		}
		for (TagCount tag : articles.tags()) {
			urls.add(new SitemapUrl(site.absolute(tag.url()), byTag.get(tag.slug())));
		}
		for (AuthorView author : articles.authors()) {
			urls.add(new SitemapUrl(site.absolute(author.url()), byAuthor.get(author.slug())));
		}
		return urls;
	}

	private static FeedDocument document(byte[] body, Instant lastModified) {
		return FeedDocument.of(body, lastModified == null ? Instant.EPOCH : lastModified);
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
