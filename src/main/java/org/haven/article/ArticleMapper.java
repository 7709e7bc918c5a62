package org.haven.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.haven.content.FrontMatter;
import org.haven.content.ParsedDocument;
import org.haven.content.RenderedContent;
import org.haven.content.Slugs;
import org.haven.taxonomy.TagRef;

/** Copies a parsed, rendered document onto its article. */
final class ArticleMapper {

	private ArticleMapper() {
	}

	static void apply(ParsedDocument doc, Article article, Instant now) {
		FrontMatter fm = doc.frontMatter();
		RenderedContent rendered = doc.rendered();
		article.setSlug(doc.slug());
		article.setTitle(fm.title());
		article.setSummary(doc.summary());
		article.setBodyMarkdown(doc.markdown());
		article.setBodyHtml(rendered.html());
		article.setBodyText(rendered.text());
		article.setToc(rendered.toc());
		article.setFaq(fm.faq());
		article.setExtra(jsonSafe(fm.extra()));
		article.setWordCount(rendered.wordCount());
		article.setReadingMinutes(rendered.readingMinutes());
		article.setCategorySlug(fm.primaryCategory());
		article.setAuthorSlug(fm.authors().isEmpty() ? null : fm.authors().get(0));
		article.setReviewerSlug(fm.reviewedBy());
		article.setLastReviewed(fm.lastReviewed());
		article.setNextReview(fm.nextReview());
		article.setContentWarning(fm.contentWarning());
		article.setContentNotes(fm.contentNotes());
		article.setCover(fm.cover());
		article.setCoverAlt(fm.coverAlt());
		article.setFeatured(fm.featured());
		article.setTags(tags(fm.tags()));
		article.setAliases(aliases(fm.aliases()));
		article.setSourcePath(doc.path());
		article.setContentHash(doc.contentHash());
		article.setStatus(fm.draft() ? ArticleStatus.DRAFT : ArticleStatus.PUBLISHED);
		Instant published = fm.date() != null ? fm.date()
				: article.getPublishedAt() != null ? article.getPublishedAt() : now;
		article.setPublishedAt(published);
		article.setUpdatedAt(fm.lastmod() != null ? fm.lastmod() : published);
	}

	/** Tags normalised to slugs, first label wins, duplicates dropped, order kept. */
	static List<TagRef> tags(List<String> labels) {
		Map<String, TagRef> bySlug = new LinkedHashMap<>();
		for (String label : labels) {
			String slug = Slugs.ofTag(label);
			if (!slug.isEmpty()) {
				bySlug.putIfAbsent(slug, new TagRef(slug, label));
			}
		}
		return new ArrayList<>(bySlug.values());
	}

	/**
	 * Old URLs as absolute paths: {@code old-name} and {@code /articles/old-name/} both
	 * become {@code /articles/old-name}.
	 */
	static Set<String> aliases(List<String> aliases) {
		Set<String> paths = new LinkedHashSet<>();
		for (String alias : aliases) {
			String path = alias.startsWith("/") ? alias : "/articles/" + alias;
			if (path.length() > 1 && path.endsWith("/")) {
				path = path.substring(0, path.length() - 1);
			}
			paths.add(path);
		}
		return paths;
	}

	private static Map<String, Object> jsonSafe(Map<String, Object> extra) {
		Map<String, Object> safe = new LinkedHashMap<>();
		extra.forEach(
				(key, value) -> safe.put(key, value instanceof java.util.Date d ? d.toInstant().toString() : value));
		return safe;
	}

}
