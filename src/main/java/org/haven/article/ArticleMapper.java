package org.haven.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.haven.content.FrontMatter;
import org.haven.content.ParsedDocument;
import org.haven.content.Slugs;
import org.haven.taxonomy.TagRef;
import org.jspecify.annotations.Nullable;

/** Copies a parsed, rendered document onto its article. */
final class ArticleMapper {

	private ArticleMapper() {
	}

	static void apply(ParsedDocument doc, Article article, Instant now) {
		FrontMatter fm = doc.frontMatter();
		Set<String> aliases = aliases(fm.aliases(), HugoFiles.section(doc.path()));
		ownUrl(fm).filter(url -> !url.equals("/articles/" + doc.slug())).ifPresent(aliases::add);
		article.applyFile(doc, tags(fm.tags()), aliases, jsonSafe(fm.extra()), now);
	}

	/**
	 * Hugo's {@code url}: the address the file had on the old site, whatever its
	 * permalink rules said, often kept from a move before (a Blogger or Jekyll
	 * {@code /2012/05/post.html}). It redirects like an alias.
	 */
	static Optional<String> ownUrl(FrontMatter fm) {
		String url = fm.extraString("url");
		if (url == null || !url.startsWith("/") || url.startsWith("//")) {
			return Optional.empty();
		}
		String path = trimmed(url.strip());
		return path.equals("/") ? Optional.empty() : Optional.of(path);
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

	static Set<String> aliases(List<String> aliases) {
		return aliases(aliases, null);
	}

	/**
	 * Old URLs as absolute paths: {@code old-name} and {@code /articles/old-name/} both
	 * become {@code /articles/old-name}. A relative alias of a file in a Hugo section
	 * folder ({@code articles/post/x.md}) is relative to that section too, as in Hugo:
	 * {@code old-name} also becomes {@code /post/old-name}.
	 */
	static Set<String> aliases(List<String> aliases, @Nullable String section) {
		Set<String> paths = new LinkedHashSet<>();
		for (String alias : aliases) {
			if (alias.startsWith("http://") || alias.startsWith("https://")) {
				continue;
			}
			paths.add(trimmed(alias.startsWith("/") ? alias : "/articles/" + alias));
			if (!alias.startsWith("/") && section != null) {
				paths.add(trimmed("/" + section + "/" + alias));
			}
		}
		return paths;
	}

	/** An address without its closing slash, as aliases are stored. */
	static String trimmed(String path) {
		return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

	private static Map<String, Object> jsonSafe(Map<String, Object> extra) {
		Map<String, Object> safe = new LinkedHashMap<>();
		extra.forEach(
				(key, value) -> safe.put(key, value instanceof java.util.Date d ? d.toInstant().toString() : value));
		return safe;
	}

}
