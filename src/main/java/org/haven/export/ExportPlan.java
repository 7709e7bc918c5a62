package org.haven.export;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.article.ListMembership;
import org.haven.export.ExportManifest.ArticleStamp;
import org.jspecify.annotations.Nullable;

/**
 * Which addresses an incremental export renders again, from the last export's manifest
 * and the articles' versions now. An article that changed, appeared or went away
 * ("touched") makes dirty its own page and every page that mentioned it (lists, feeds,
 * the sitemap, neighbours and related lists on other articles). When its place in the
 * order may have moved (new, gone, or a new publication time) or it joined or left a
 * list, every page of those lists is dirty too, as are the articles its new page links
 * (its new neighbours and related posts). The site-wide indexes are always rendered.
 * Every other address is kept as written.
 */
final class ExportPlan {

	private static final Pattern LIST = Pattern
		.compile("^/(?:tags|categories|authors)/[^/?]+$|^/archive/\\d{4}/\\d{2}$");

	private static final Pattern ARTICLE = Pattern.compile("^/articles/([^/?]+)$");

	/**
	 * How many of the newest articles a page may show whatever it is about: the "latest
	 * posts" block of an article page reads the newest fifteen, and leaves out the
	 * article itself and those its content notes rule out.
	 */
	static final int NEWEST = 16;

	private final ExportManifest previous;

	private final Map<String, ArticleStamp> now;

	private final Set<String> touched = new HashSet<>();

	private final Set<String> moved = new HashSet<>();

	private final Set<String> dirty = ConcurrentHashMap.newKeySet();

	ExportPlan(ExportManifest previous, Map<String, ArticleStamp> now, Collection<String> always) {
		this.previous = previous;
		this.now = now;
		now.forEach((slug, stamp) -> {
			ArticleStamp before = previous.articles().get(slug);
			if (!stamp.equals(before)) {
				touched.add(slug);
			}
			if (before == null || before.publishedAt() != stamp.publishedAt()) {
				moved.add(slug);
			}
		});
		previous.articles().keySet().stream().filter(slug -> !now.containsKey(slug)).forEach(slug -> {
			touched.add(slug);
			moved.add(slug);
		});
		dirty.addAll(always);
		touched.forEach(slug -> dirty.add("/articles/" + slug));
		previous.pages().forEach((address, written) -> {
			if (written.mentions().stream().anyMatch(touched::contains)) {
				dirty.add(address);
			}
		});
		List<String> newestBefore = newest(previous.articles());
		List<String> newestNow = newest(now);
		if (!newestBefore.equals(newestNow)) {
			// the newest articles changed: every page that showed one of them may show
			// others
			Set<String> shifted = new HashSet<>(newestBefore);
			shifted.addAll(newestNow);
			previous.pages().forEach((address, written) -> {
				if (written.mentions().stream().anyMatch(shifted::contains)) {
					dirty.add(address);
				}
			});
		}
		if (!moved.isEmpty()) {
			family("/");
			moved.forEach(slug -> {
				month(previous.articles().get(slug));
				month(now.get(slug));
			});
		}
	}

	/** Nothing an article shows changed since the last export. */
	boolean nothingTouched() {
		return touched.isEmpty();
	}

	/** The pages of the articles that changed or went away: rendered first. */
	List<String> touchedArticles() {
		return touched.stream().map(slug -> "/articles/" + slug).toList();
	}

	/**
	 * Adds the lists a touched article joined or left (all of them when it moved) and,
	 * then, the articles its new page links. {@code listsNow} are the addresses of the
	 * lists it is on now (from the data: its page also links lists it is not on, such as
	 * every category in the site's menu); {@code linksNow} are the links of its page as
	 * now rendered.
	 */
	void afterArticle(String slug, Set<String> listsNow, Set<String> linksNow) {
		Set<String> articlesNow = new HashSet<>();
		for (String link : linksNow) {
			Matcher article = ARTICLE.matcher(link);
			if (article.matches() && !article.group(1).equals(slug)) {
				articlesNow.add(link);
			}
		}
		Set<String> listsBefore = new HashSet<>();
		previous.pages().forEach((address, written) -> {
			String base = base(address);
			if (LIST.matcher(base).matches() && written.mentions().contains(slug)) {
				listsBefore.add(base);
			}
		});
		boolean reordered = moved.contains(slug) || !listsBefore.equals(listsNow);
		if (reordered) {
			listsBefore.forEach(this::family);
			listsNow.forEach(this::family);
			dirty.addAll(articlesNow);
		}
	}

	/** The addresses of the lists an article is on. */
	static Set<String> listAddresses(ListMembership lists) {
		Set<String> addresses = new HashSet<>();
		lists.categories().forEach(category -> addresses.add("/categories/" + category));
		lists.tags().forEach(tag -> addresses.add("/tags/" + tag));
		lists.people().forEach(person -> addresses.add("/authors/" + person));
		addresses.add("/archive/%04d/%02d".formatted(lists.month().getYear(), lists.month().getMonthValue()));
		return addresses;
	}

	/** Whether the address is rendered again in this run. */
	boolean isDirty(String address) {
		return dirty.contains(address);
	}

	Set<String> dirty() {
		return dirty;
	}

	Set<String> touched() {
		return touched;
	}

	/** Every written page of a list: its pages and its feeds ("/" is the home page's). */
	private void family(String base) {
		String pages = base.equals("/") ? "/?page=" : base + "?page=";
		for (String address : previous.pages().keySet()) {
			if (address.equals(base) || address.startsWith(pages) || !base.equals("/")
					&& (address.equals(base + "/feed.xml") || address.equals(base + "/atom.xml"))) {
				dirty.add(address);
			}
		}
	}

	private void month(@Nullable ArticleStamp stamp) {
		if (stamp != null) {
			YearMonth month = YearMonth.from(Instant.ofEpochMilli(stamp.publishedAt()).atZone(ZoneOffset.UTC));
			family("/archive/%04d/%02d".formatted(month.getYear(), month.getMonthValue()));
		}
	}

	private static List<String> newest(Map<String, ArticleStamp> articles) {
		return articles.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, ArticleStamp> e) -> e.getValue().publishedAt())
				.reversed()
				.thenComparing(Map.Entry::getKey))
			.limit(NEWEST)
			.map(Map.Entry::getKey)
			.toList();
	}

	/**
	 * A list page's first page: {@code /tags/x?page=3} and {@code /tags/x/feed.xml} are
	 * {@code /tags/x}'s.
	 */
	static String base(String address) {
		int query = address.indexOf('?');
		String base = query >= 0 ? address.substring(0, query) : address;
		if (base.endsWith("/feed.xml") || base.endsWith("/atom.xml")) {
			base = base.substring(0, base.lastIndexOf('/'));
		}
		return base;
	}

}
