package org.haven.migrate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.content.FrontMatter;
import org.haven.content.Slugs;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The Markdown file of one WordPress post or page: Haven's front matter (status as
 * {@code draft} and {@code date}, categories by name, tags, author, excerpt as summary,
 * featured image as cover, every old address as an alias) and the converted body.
 */
final class WordPressFiles {

	private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private WordPressFiles() {
	}

	static String authorFile(String displayName) {
		return "---\n" + yaml().dump(Map.of("name", displayName)) + "---\n\nImported from WordPress.\n";
	}

	/**
	 * A featured image's address, alt text and caption (its attachment's caption, often
	 * the photo's credit, as Markdown), any of which may be missing.
	 */
	record Cover(@Nullable String image, @Nullable String alt, @Nullable String caption) {
	}

	static String post(WxrSite site, WxrItem item, String slug, String markdown, Cover cover, ZoneId zone) {
		Map<String, Object> fm = new LinkedHashMap<>();
		fm.put("title", item.title().isBlank() ? slug : item.title());
		fm.put("slug", slug);
		String date = date(item, zone);
		if (date != null) {
			fm.put("date", date);
		}
		// private and password-protected posts are kept out of sight like drafts; future
		// ones are scheduled by their date.
		fm.put("draft", item.flags().passwordProtected() || switch (item.status()) {
			case "publish", "future" -> false;
			default -> true;
		});
		List<String> categories = item.categories().stream().map(site::categoryName).distinct().toList();
		if (!categories.isEmpty()) {
			fm.put("categories", categories);
		}
		if (!item.tags().isEmpty()) {
			fm.put("tags", item.tags());
		}
		if (!item.creator().isBlank()) {
			fm.put("author", Slugs.of(item.creator()));
		}
		if (!item.excerpt().isBlank()) {
			fm.put("summary", item.excerpt());
		}
		if (!item.text().description().isBlank()) {
			fm.put("description", item.text().description());
		}
		if (cover.image() != null) {
			fm.put("cover", cover.image());
			if (cover.alt() != null && !cover.alt().isBlank()) {
				fm.put("cover_alt", cover.alt());
			}
			if (cover.caption() != null && !cover.caption().isBlank()) {
				fm.put(FrontMatter.COVER_CAPTION, cover.caption());
			}
		}
		if (item.flags().sticky()) {
			fm.put("featured", true);
		}
		fm.put("aliases", aliases(site, item));
		fm.put("wordpress_id", item.id());
		fm.put("wordpress_status", item.status());
		return "---\n" + yaml().dump(fm) + "---\n\n" + markdown + "\n";
	}

	static String page(WxrSite site, WxrItem item, String slug, String markdown) {
		Map<String, Object> fm = new LinkedHashMap<>();
		fm.put("title", item.title().isBlank() ? slug : item.title());
		fm.put("slug", slug);
		List<String> aliases = aliases(site, item);
		aliases.add("/?page_id=" + item.id());
		aliases.remove("/" + slug);
		fm.put("aliases", aliases);
		fm.put("wordpress_id", item.id());
		return "---\n" + yaml().dump(fm) + "---\n\n" + markdown + "\n";
	}

	/**
	 * The post's permalink path and {@code /?p=ID} (which WordPress answers for pages
	 * too).
	 */
	static List<String> aliases(WxrSite site, WxrItem item) {
		List<String> aliases = new ArrayList<>();
		String path = path(site, item.link());
		if (path != null && !path.equals("/") && !path.contains("?")) {
			aliases.add(path);
		}
		aliases.add("/?p=" + item.id());
		return aliases;
	}

	static @Nullable String path(WxrSite site, String link) {
		if (link.isBlank()) {
			return null;
		}
		String base = site.baseUrl().endsWith("/") ? site.baseUrl().substring(0, site.baseUrl().length() - 1)
				: site.baseUrl();
		String path = link.startsWith(base) ? link.substring(base.length()) : java.net.URI.create(link).getRawPath();
		if (path == null || path.isEmpty()) {
			return "/";
		}
		return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

	private static @Nullable String date(WxrItem item, ZoneId zone) {
		Instant at = instant(item.dateGmt(), item.date(), zone);
		return at == null ? null : at.toString();
	}

	/**
	 * WordPress's time in UTC if it has one, else its local time in {@code zone}; null
	 * when neither is a time (a draft's {@code 0000-00-00 00:00:00}).
	 */
	static @Nullable Instant instant(@Nullable String gmt, @Nullable String local, ZoneId zone) {
		try {
			if (gmt != null && !gmt.startsWith("0000")) {
				return LocalDateTime.parse(gmt, WP_DATE).toInstant(ZoneOffset.UTC);
			}
			if (local != null && !local.startsWith("0000")) {
				return LocalDateTime.parse(local, WP_DATE).atZone(zone).toInstant();
			}
		}
		catch (RuntimeException ex) {
			return null;
		}
		return null;
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static Yaml yaml() {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		options.setSplitLines(false);
		return new Yaml(options);
	}

}
