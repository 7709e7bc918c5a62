package org.haven.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.article.Articles;
import org.haven.content.SiteRedirects;
import org.haven.content.ContentProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Where an address from the site's previous life lives now, for addresses Haven does not
 * answer itself:
 * <ul>
 * <li>the site's own list, {@code content/redirects.yaml} ({@link SiteRedirects});</li>
 * <li>an article's or a page's {@code aliases} anywhere on the site;</li>
 * <li>WordPress's category, tag and author archives ({@code /category/x/}, nested ones as
 * {@code /category/parent/x/}, {@code /tag/y/}, {@code /author/z/}) and their feeds
 * ({@code .../feed/}), and the site's feed ({@code /feed/}, {@code /feed/atom/}), so
 * subscribers' feed readers follow the move;</li>
 * <li>uploads ({@code /wp-content/uploads/2021/05/photo.jpg}, or one of WordPress's sizes
 * of it) that the import copied into {@code media/wordpress/};</li>
 * <li>files a site served from its root ({@code /images/calm.jpg}, from Hugo's
 * {@code static/}) that were copied to the same path under {@code content/media/};</li>
 * <li>permalinks that end in an article's slug, as Hugo's ({@code /posts/<slug>/}) and
 * WordPress's ({@code /2019/03/11/<slug>/}, {@code /2019/03/<slug>/}, {@code /<slug>/})
 * do, and a child page's ({@code /about/team/}) that ends in a page's slug.</li>
 * </ul>
 */
@Component
class OldAddresses {

	private static final Pattern WORDPRESS_ARCHIVE = Pattern.compile("/(category|tag|author)/((?:[^/]+/)*[^/]+)");

	private static final Pattern ARCHIVE_FEED = Pattern.compile("(.+)/feed(?:/(rss2?|atom|rdf))?");

	private static final Pattern SITE_FEED = Pattern.compile("/(?:feed(?:/(rss2?|atom|rdf))?|rss|rss2|atom)");

	private static final Pattern UPLOAD = Pattern.compile("/wp-content/uploads/((?:[^/]+/)*)([^/]+?)(\\.[A-Za-z0-9]+)");

	private static final Pattern IMAGE_SIZE = Pattern.compile("(.+)-(?:\\d+x\\d+|scaled)");

	/** A file another site served from its root, as Hugo serves {@code static/}. */
	private static final Pattern STATIC_FILE = Pattern
		.compile("/(?:[^/]+/){0,8}[^/]+\\.(?i:jpe?g|png|gif|webp|avif|svg|pdf|mp3|m4a|ogg|mp4|webm)");

	/** Haven's own addresses: one that is not found was never an old one. */
	private static final List<String> OWN_PREFIXES = List.of("/articles/", "/media/", "/themes/", "/admin", "/api/",
			"/categories/", "/tags/", "/authors/");

	private static final int MAX_SEGMENTS = 5;

	private final Articles articles;

	private final Path media;

	private final SiteRedirects redirects;

	OldAddresses(Articles articles, ContentProperties content, SiteRedirects redirects) {
		this.articles = articles;
		this.redirects = redirects;
		this.media = content.dir().resolve("media").toAbsolutePath().normalize();
	}

	Optional<String> newAddressOf(String requestPath) {
		String path = requestPath.length() > 1 && requestPath.endsWith("/")
				? requestPath.substring(0, requestPath.length() - 1) : requestPath;
		Optional<String> listed = redirects.target(requestPath).or(() -> redirects.target(path));
		if (listed.isPresent()) {
			return listed;
		}
		if (path.isEmpty() || path.equals("/") || OWN_PREFIXES.stream().anyMatch(path::startsWith)) {
			return Optional.empty();
		}
		Optional<String> alias = articles.addressForAlias(path);
		if (alias.isEmpty() && path.indexOf('%') >= 0) {
			// WordPress writes escapes in lower case ("%e6%b0%97"), links may carry upper
			alias = articles.addressForAlias(lowerCaseEscapes(path));
		}
		if (alias.isPresent()) {
			return alias;
		}
		Matcher feed = SITE_FEED.matcher(path);
		if (feed.matches()) {
			return Optional.of("atom".equals(feed.group(1)) || path.equals("/atom") ? "/atom.xml" : "/feed.xml");
		}
		Matcher archiveFeed = ARCHIVE_FEED.matcher(path);
		String archivePath = archiveFeed.matches() ? archiveFeed.group(1) : path;
		Matcher archive = WORDPRESS_ARCHIVE.matcher(archivePath);
		if (archive.matches()) {
			String feedKind = !archiveFeed.matches() ? null : "atom".equals(archiveFeed.group(2)) ? "atom" : "rss";
			return archive(archive.group(1), archive.group(2).split("/"), feedKind);
		}
		Matcher upload = UPLOAD.matcher(path);
		if (upload.matches()) {
			return upload(upload.group(1), upload.group(2), upload.group(3));
		}
		if (STATIC_FILE.matcher(path).matches()) {
			return inMedia(path);
		}
		String[] segments = path.substring(1).split("/");
		if (segments.length > MAX_SEGMENTS) {
			return Optional.empty();
		}
		String last = segments[segments.length - 1];
		Optional<String> article = articles.published(last).map(detail -> "/articles/" + detail.card().slug());
		if (article.isPresent() || segments.length == 1) {
			return article;
		}
		return articles.page(last).map(page -> "/" + last);
	}

	private static String lowerCaseEscapes(String path) {
		StringBuilder out = new StringBuilder(path);
		for (int i = path.indexOf('%'); i >= 0 && i + 2 < path.length(); i = path.indexOf('%', i + 1)) {
			out.setCharAt(i + 1, Character.toLowerCase(path.charAt(i + 1)));
			out.setCharAt(i + 2, Character.toLowerCase(path.charAt(i + 2)));
		}
		return out.toString();
	}

	/**
	 * An archive and its feed. A nested category's address names its parents; the import
	 * flattened it to one category whose slug joins them ("parent-child"), and one made
	 * by hand may carry the child's slug alone.
	 */
	private Optional<String> archive(String kind, String[] names, @Nullable String feed) {
		String suffix = feed == null ? "" : feed.equals("atom") ? "/atom.xml" : "/feed.xml";
		String last = names[names.length - 1];
		return switch (kind) {
			case "category" -> articles.category(last)
				.or(() -> articles.category(String.join("-", names)))
				.map(category -> "/categories/" + category.slug() + suffix);
			case "tag" -> articles.tag(last).map(tag -> "/tags/" + tag.slug() + suffix);
			default -> articles.author(last).map(author -> "/authors/" + last + suffix);
		};
	}

	/** {@code /images/a.jpg} when {@code content/media/images/a.jpg} is a file. */
	private Optional<String> inMedia(String path) {
		String name = UriUtils.decode(path.substring(1), StandardCharsets.UTF_8);
		Path file = media.resolve(name).normalize();
		return file.startsWith(media) && Files.isRegularFile(file) ? Optional.of("/media" + path) : Optional.empty();
	}

	/**
	 * An upload the import copied, asked for as itself or in one of WordPress's sizes.
	 */
	private Optional<String> upload(String folders, String name, String extension) {
		Matcher size = IMAGE_SIZE.matcher(name);
		List<String> candidates = size.matches() ? List.of(name, size.group(1), size.group(1) + "-scaled")
				: List.of(name, name + "-scaled");
		for (String candidate : candidates) {
			String relative = "wordpress/" + folders + candidate + extension;
			Path file = media.resolve(relative).normalize();
			if (file.startsWith(media) && Files.isRegularFile(file)) {
				return Optional.of("/media/" + relative);
			}
		}
		return Optional.empty();
	}

}
