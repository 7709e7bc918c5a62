package org.haven.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.article.Articles;
import org.haven.content.SiteRedirects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where WordPress's plain permalinks, the query forms of its addresses, live now. A site
 * without pretty permalinks had nothing else, and every WordPress site still answers
 * them: {@code /?p=12} (a post, or a page), {@code /?page_id=3}, feeds
 * ({@code /?feed=rss2}, with {@code cat}, {@code tag} or {@code author_name} for an
 * archive's, {@code comments-rss2}, and a post's comments with {@code p}), search
 * ({@code /?s=sleep}), archives ({@code /?category_name=x}, {@code /?tag=y},
 * {@code /?author_name=z}) and months ({@code /?m=201903}). Those that name WordPress's
 * own numbers ({@code /?cat=5}, {@code /?author=2}, {@code /?attachment_id=20}) are
 * answered through the site's redirects, where the WordPress import writes them.
 */
@Component
class OldQueries {

	/**
	 * The parameters that make {@code /} a WordPress address, in the order it reads them.
	 */
	static final List<String> KEYS = List.of("p", "page_id", "feed", "s", "category_name", "tag", "author_name", "m",
			"cat", "author", "attachment_id");

	private static final Pattern MONTH = Pattern.compile("(\\d{4})(\\d{2})?\\d{0,8}");

	private final Articles articles;

	private final OldAddresses oldAddresses;

	private final SiteRedirects redirects;

	OldQueries(Articles articles, OldAddresses oldAddresses, SiteRedirects redirects) {
		this.articles = articles;
		this.oldAddresses = oldAddresses;
		this.redirects = redirects;
	}

	/**
	 * Whether a request for the home page with {@code query} is an old address: one of
	 * WordPress's parameters, or a query the site's redirects list.
	 */
	boolean asks(@Nullable String query, Function<String, @Nullable String> parameter) {
		return query != null && (KEYS.stream().anyMatch(key -> parameter.apply(key) != null)
				|| redirects.target("/?" + query).isPresent());
	}

	/**
	 * The address now, or empty when the thing asked for is not on this site (a post
	 * never imported, a tag that does not exist). The site's redirects come first; one
	 * that names an old address of its own ({@code /category/x}) is followed once.
	 */
	Optional<String> newAddressOf(@Nullable String query, Function<String, @Nullable String> parameter) {
		Optional<String> listed = query == null ? Optional.empty()
				: redirects.target("/?" + query).or(() -> listedParameter(parameter));
		if (listed.isPresent()) {
			return listed.map(this::followed);
		}
		String post = parameter.apply("p");
		String feed = parameter.apply("feed");
		if (post != null) {
			Optional<String> moved = articles.addressForAlias("/?p=" + post.strip());
			return feed == null ? moved : moved.filter(address -> address.startsWith("/articles/"))
				.map(address -> address + "/comments/feed.xml");
		}
		String page = parameter.apply("page_id");
		if (page != null) {
			return articles.addressForAlias("/?page_id=" + page.strip());
		}
		if (feed != null) {
			return feed(feed.strip().toLowerCase(Locale.ROOT), parameter);
		}
		String search = parameter.apply("s");
		if (search != null) {
			return Optional.of("/search?q=" + URLEncoder.encode(search.strip(), StandardCharsets.UTF_8));
		}
		for (String[] archive : new String[][] { { "category_name", "/category/" }, { "tag", "/tag/" },
				{ "author_name", "/author/" } }) {
			String name = parameter.apply(archive[0]);
			if (name != null) {
				return oldAddress(archive[1] + name.strip());
			}
		}
		return month(parameter.apply("m"));
	}

	/**
	 * The first of WordPress's parameters alone, as the list may have it
	 * ({@code /?cat=5}).
	 */
	private Optional<String> listedParameter(Function<String, @Nullable String> parameter) {
		for (String key : KEYS) {
			String value = parameter.apply(key);
			if (value != null) {
				return redirects.target("/?" + key + "=" + value.strip());
			}
		}
		return Optional.empty();
	}

	private Optional<String> feed(String kind, Function<String, @Nullable String> parameter) {
		if (kind.startsWith("comments-")) {
			return Optional.of("/comments/feed.xml");
		}
		String suffix = kind.equals("atom") ? "/feed/atom" : "/feed";
		for (String[] archive : new String[][] { { "category_name", "/category/" }, { "tag", "/tag/" },
				{ "author_name", "/author/" } }) {
			String name = parameter.apply(archive[0]);
			if (name != null) {
				return oldAddress(archive[1] + name.strip() + suffix);
			}
		}
		// a numbered archive's feed, when the site's redirects know the archive
		String feedFile = kind.equals("atom") ? "/atom.xml" : "/feed.xml";
		for (String numbered : List.of("cat", "author")) {
			String number = parameter.apply(numbered);
			if (number != null) {
				return redirects.target("/?" + numbered + "=" + number.strip())
					.map(this::followed)
					.filter(target -> target.startsWith("/categories/") || target.startsWith("/authors/"))
					.map(target -> target + feedFile);
			}
		}
		return Optional.of(feedFile);
	}

	/** A listed redirect's target, through the old addresses once when it is one. */
	private String followed(String target) {
		return target.startsWith("/") ? oldAddresses.newAddressOf(target).orElse(target) : target;
	}

	/**
	 * An archive's path form, which {@link OldAddresses} knows; never a path of its own.
	 */
	private Optional<String> oldAddress(String path) {
		return path.contains("..") || path.contains("//") ? Optional.empty() : oldAddresses.newAddressOf(path);
	}

	private static Optional<String> month(@Nullable String value) {
		Matcher m = value == null ? null : MONTH.matcher(value.strip());
		if (m == null || !m.matches()) {
			return Optional.empty();
		}
		String month = m.group(2);
		return Optional.of(month == null || month.compareTo("01") < 0 || month.compareTo("12") > 0 ? "/archive"
				: "/archive/" + m.group(1) + "/" + month);
	}

}
