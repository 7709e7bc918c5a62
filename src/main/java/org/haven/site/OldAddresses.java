package org.haven.site;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.article.Articles;
import org.springframework.stereotype.Component;

/**
 * Where an address from the site's previous life lives now, for addresses Haven does not
 * answer itself: an article's {@code aliases} anywhere on the site; WordPress category
 * and tag archives ({@code /category/x/}, {@code /tag/y/}); and permalinks that end in an
 * article's slug, as Hugo's ({@code /posts/<slug>/}) and WordPress's
 * ({@code /2019/03/11/<slug>/}, {@code /2019/03/<slug>/}, {@code /<slug>/}) do.
 */
@Component
class OldAddresses {

	private static final Pattern WORDPRESS_TAXONOMY = Pattern.compile("/(category|tag)/(?:[^/]+/)*([^/]+)");

	private static final List<String> OWN_PREFIXES = List.of("/articles/", "/media/", "/themes/", "/admin", "/api/");

	private static final int MAX_SEGMENTS = 5;

	private final Articles articles;

	OldAddresses(Articles articles) {
		this.articles = articles;
	}

	Optional<String> newAddressOf(String requestPath) {
		String path = requestPath.length() > 1 && requestPath.endsWith("/")
				? requestPath.substring(0, requestPath.length() - 1) : requestPath;
		if (path.isEmpty() || path.equals("/") || OWN_PREFIXES.stream().anyMatch(path::startsWith)) {
			return Optional.empty();
		}
		Optional<String> alias = articles.slugForAlias(path);
		if (alias.isPresent()) {
			return alias.map(slug -> "/articles/" + slug);
		}
		Matcher taxonomy = WORDPRESS_TAXONOMY.matcher(path);
		if (taxonomy.matches()) {
			String slug = taxonomy.group(2);
			return taxonomy.group(1).equals("category") ? articles.category(slug).map(c -> "/categories/" + c.slug())
					: articles.tag(slug).map(t -> "/tags/" + t.slug());
		}
		String[] segments = path.substring(1).split("/");
		if (segments.length > MAX_SEGMENTS) {
			return Optional.empty();
		}
		String last = segments[segments.length - 1];
		return articles.published(last).map(detail -> "/articles/" + detail.card().slug());
	}

}
