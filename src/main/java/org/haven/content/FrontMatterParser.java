package org.haven.content;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Splits a document into its front matter (YAML, TOML or JSON, as Hugo reads them) and
 * Markdown body, and reads the front matter into typed values. Errors name the line in
 * the file, counting the opening line as line 1. Dates without a time or offset are
 * midnight in the site's time zone.
 */
public final class FrontMatterParser {

	/** Keys Haven reads and writes itself; every other key is kept as it was. */
	private static final Set<String> KNOWN_KEYS = Set.of("title", "slug", "date", "publishDate", "publishdate",
			"lastmod", "draft", "categories", "category", "tags", "summary", "author", "authors", "cover", "cover_alt",
			"featured", "aliases", "reviewed_by", "last_reviewed", "next_review", "content_warning", "content_notes",
			"faq");

	private final ZoneId zone;

	public FrontMatterParser() {
		this(ZoneOffset.UTC);
	}

	public FrontMatterParser(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * A document split into its two parts. {@code bodyLine} is the file line the body
	 * starts on.
	 */
	public record Split(FrontMatter frontMatter, String body, int bodyLine) {
	}

	public Split parse(String file, String text) {
		RawFrontMatter raw = FrontMatterBlocks.read(file, text);
		return new Split(toFrontMatter(file, raw), raw.body(), raw.bodyLine());
	}

	private FrontMatter toFrontMatter(String file, RawFrontMatter raw) {
		Map<String, Object> v = raw.values();
		FrontMatterValues r = new FrontMatterValues(file, v, raw.keyLines(), zone);
		List<String> categories = r.list("categories");
		if (categories.isEmpty()) {
			categories = r.list("category");
		}
		List<String> authors = r.list("authors");
		if (authors.isEmpty()) {
			authors = r.list("author");
		}
		Map<String, Object> extra = new LinkedHashMap<>();
		v.forEach((key, value) -> {
			if (!KNOWN_KEYS.contains(key)) {
				extra.put(key, value);
			}
		});
		List<String> contentNotes = r.list("content_notes").stream().distinct().toList();
		var publish = r.firstInstant("publishDate", "publishdate", "date");
		FrontMatter.Hugo hugo = new FrontMatter.Hugo(r.string("description"),
				r.firstInstant("expiryDate", "expirydate"), r.integer("weight"), r.list("keywords"), r.list("series"));
		Cover cover = cover(r);
		if (r.values().get("cover") instanceof Map<?, ?> map && map.get("caption") instanceof String caption
				&& !caption.isBlank()) {
			// a theme's cover: {caption} (often the photo's credit, which its licence may
			// require) kept under Haven's own key, so a save writes it back and the page
			// shows it
			extra.putIfAbsent(FrontMatter.COVER_CAPTION, caption.strip());
		}
		limitLengths(r, categories, authors, cover);
		return new FrontMatter(r.string("title"), r.string("slug"), publish, r.instant("lastmod"), r.bool("draft"),
				categories, r.list("tags"), r.string("summary"), authors, cover.image(), cover.alt(),
				r.bool("featured"), r.list("aliases"), r.string("reviewed_by"), r.date("last_reviewed"),
				r.date("next_review"), r.string("content_warning"), contentNotes, r.faq(), hugo, extra, raw.keyLines(),
				List.copyOf(raw.warnings()));
	}

	private record Cover(@Nullable String image, @Nullable String alt) {
	}

	/**
	 * The longest values the database keeps (V1's columns; names and slugs of 120–300).
	 */
	private static void limitLengths(FrontMatterValues r, List<String> categories, List<String> authors, Cover cover) {
		r.limit("title", r.string("title"), 300);
		r.limit("slug", r.string("slug"), 200);
		r.limit("content_warning", r.string("content_warning"), 500);
		r.limit("cover", cover.image(), 500);
		r.limit("cover_alt", cover.alt(), 500);
		r.limit("reviewed_by", r.string("reviewed_by"), 120);
		r.limitEach(r.values().containsKey("categories") ? "categories" : "category", categories, 120);
		r.limitEach(r.values().containsKey("authors") ? "authors" : "author", authors, 120);
		r.limitEach("tags", r.list("tags"), 120);
	}

	/**
	 * The keys Hugo themes name one cover image with: Stack's {@code image}, Ananke's
	 * {@code featured_image}, LoveIt's and DoIt's {@code featuredImage}, Mainroad's
	 * {@code thumbnail}; the first present counts.
	 */
	private static final List<String> SINGLE_IMAGE_KEYS = List.of("image", "featured_image", "featuredImage",
			"thumbnail");

	/**
	 * Haven's {@code cover} (a path), Hugo themes' {@code cover: {image, alt}}, or the
	 * first of Hugo's {@code images}, or a single image under one of
	 * {@link #SINGLE_IMAGE_KEYS}.
	 */
	private static Cover cover(FrontMatterValues r) {
		String alt = r.string("cover_alt");
		if (r.values().get("cover") instanceof Map<?, ?> map) {
			Object image = map.get("image");
			Object mapAlt = map.get("alt");
			return new Cover(image == null ? null : image.toString(),
					alt != null ? alt : mapAlt == null ? null : mapAlt.toString());
		}
		String cover = r.string("cover");
		if (cover == null && !r.list("images").isEmpty()) {
			cover = r.list("images").get(0);
		}
		for (String key : SINGLE_IMAGE_KEYS) {
			if (cover == null && r.values().get(key) instanceof String image && !image.isBlank()) {
				cover = image.strip();
			}
		}
		return new Cover(cover, alt);
	}

}
