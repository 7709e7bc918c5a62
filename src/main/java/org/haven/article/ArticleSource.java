package org.haven.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.haven.content.FrontMatter;
import org.haven.content.FrontMatter.Faq;
import org.haven.content.ParsedDocument;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes an article's file from a draft: YAML front matter in block style
 * (Hugo-compatible keys plus Haven's own, then any unknown keys the file already had) and
 * the Markdown body. Reads a parsed file back into a draft.
 */
final class ArticleSource {

	private ArticleSource() {
	}

	/** Where an article's file lives, relative to the content root. */
	static String pathFor(String slug) {
		return "articles/" + slug + ".md";
	}

	/**
	 * What a save keeps that the editor's form does not show: old addresses, the
	 * categories after the primary one, and unknown keys.
	 */
	record Kept(Set<String> aliases, List<String> moreCategories, Map<String, Object> extra) {

		static final Kept NONE = new Kept(Set.of(), List.of(), Map.of());

	}

	static String write(ArticleDraft draft, boolean isDraft, @Nullable Instant date, @Nullable Instant lastmod,
			@Nullable LocalDate nextReview, Kept kept) {
		Set<String> aliases = kept.aliases();
		Map<String, Object> extra = kept.extra();
		Map<String, Object> fm = new LinkedHashMap<>();
		fm.put("title", draft.title());
		fm.put("slug", draft.slug());
		putIf(fm, "date", date == null ? null : date.toString());
		putIf(fm, "lastmod", lastmod == null ? null : lastmod.toString());
		fm.put("draft", isDraft);
		putIf(fm, "categories", blank(draft.category()) ? null : categories(draft.category(), kept.moreCategories()));
		putIf(fm, "tags", draft.tags().isEmpty() ? null : draft.tags());
		putIf(fm, "summary", draft.summary());
		putIf(fm, "author", draft.author());
		putIf(fm, "reviewed_by", draft.reviewer());
		putIf(fm, "last_reviewed", draft.lastReviewed() == null ? null : draft.lastReviewed().toString());
		putIf(fm, "next_review", nextReview == null ? null : nextReview.toString());
		putIf(fm, "content_notes", draft.contentNotes().isEmpty() ? null : draft.contentNotes());
		putIf(fm, "content_warning", draft.contentWarning());
		if (draft.featured()) {
			fm.put("featured", true);
		}
		putIf(fm, "cover", draft.cover());
		putIf(fm, "cover_alt", draft.coverAlt());
		putIf(fm, "aliases", aliases.isEmpty() ? null : List.copyOf(aliases));
		if (!draft.faq().isEmpty()) {
			List<Map<String, String>> faq = new ArrayList<>();
			for (Faq pair : draft.faq()) {
				Map<String, String> qa = new LinkedHashMap<>();
				qa.put("q", pair.question());
				qa.put("a", pair.answer());
				faq.add(qa);
			}
			fm.put("faq", faq);
		}
		extra.forEach(fm::putIfAbsent);
		return "---\n" + yaml().dump(fm) + "---\n\n" + normalise(draft.body()).strip() + "\n";
	}

	private static List<String> categories(String primary, List<String> more) {
		List<String> all = new ArrayList<>();
		all.add(primary);
		more.stream().filter(c -> !all.contains(c)).forEach(all::add);
		return all;
	}

	static ArticleDraft draftOf(ParsedDocument doc) {
		FrontMatter fm = doc.frontMatter();
		return new ArticleDraft(orEmpty(fm.title()), doc.slug(), orEmpty(fm.summary()), orEmpty(fm.primaryCategory()),
				fm.tags(), fm.authors().isEmpty() ? null : fm.authors().get(0), fm.reviewedBy(), fm.lastReviewed(),
				fm.contentWarning(), fm.contentNotes(), fm.featured(), fm.faq(), fm.cover(), fm.coverAlt(),
				doc.markdown().strip());
	}

	/** Browsers send CRLF from text areas; files use LF. */
	static String normalise(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

	private static Yaml yaml() {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndent(2);
		options.setIndicatorIndent(2);
		options.setIndentWithIndicator(true);
		options.setAllowUnicode(true);
		options.setSplitLines(false);
		options.setLineBreak(DumperOptions.LineBreak.UNIX);
		return new Yaml(options);
	}

	private static void putIf(Map<String, Object> fm, String key, @Nullable Object value) {
		if (value instanceof String s && s.isBlank()) {
			return;
		}
		if (value != null) {
			fm.put(key, value instanceof String s ? normalise(s).strip() : value);
		}
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	private static String orEmpty(@Nullable String s) {
		return s == null ? "" : s;
	}

}
