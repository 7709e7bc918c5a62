package org.haven.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.haven.article.Articles;
import org.haven.article.ContentImport;
import org.haven.article.ImportReport;
import org.haven.common.CommentImporter;
import org.haven.config.SiteProperties;
import org.haven.content.AtomicFiles;
import org.haven.content.ContentProperties;
import org.haven.content.ContentProperties.UnknownCategories;
import org.haven.content.SiteRedirects;
import org.haven.content.Slugs;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Brings a WordPress site in: its export becomes Markdown files in {@code content/}
 * (posts in {@code articles/wordpress/}, pages in {@code pages/}, authors as profiles,
 * never accounts), attachments are copied from the uploads folder into
 * {@code media/wordpress/}, and then the folder is imported as always. Categories are
 * created as needed. Running it again rewrites the same files, so it updates rather than
 * duplicates. Readers' comments on posts come too, through the comments module
 * ({@link CommentImporter}), with their state; without that module they are counted and
 * reported as skipped.
 */
@Service
public class WordPressImport {

	private final ContentImport contentImport;

	private final ContentProperties content;

	private final ZoneId zone;

	private final ObjectProvider<CommentImporter> comments;

	private final Articles articles;

	WordPressImport(ContentImport contentImport, ContentProperties content, ObjectProvider<SiteProperties> site,
			ObjectProvider<CommentImporter> comments, Articles articles) {
		this.articles = articles;
		this.contentImport = contentImport;
		this.content = content;
		this.comments = comments;
		SiteProperties properties = site.getIfAvailable();
		this.zone = properties == null ? ZoneOffset.UTC : properties.timeZone();
	}

	/** Imports into the site's content folder. */
	public WordPressReport importExport(Path export, @Nullable Path mediaDir, ImportProgress progress) {
		return importExport(export, mediaDir, content.dir(), progress);
	}

	public WordPressReport importExport(Path export, @Nullable Path mediaDir, Path root, ImportProgress progress) {
		WxrSite wxr = WxrReader.read(export);
		List<String> skipped = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		Map<Long, String> mediaById = new HashMap<>();
		Map<String, String> addresses = new HashMap<>();
		int media = copyMedia(wxr, root, mediaDir, mediaById, addresses, missing);
		Map<Long, String> slugs = slugs(wxr, addresses, notes);
		int authors = 0;
		for (Map.Entry<String, String> author : wxr.authors().entrySet()) {
			String slug = Slugs.of(author.getKey());
			Path file = root.resolve("authors/" + slug + ".md");
			if (!slug.isEmpty() && !Files.exists(file)) {
				AtomicFiles.write(file, WordPressFiles.bytes(WordPressFiles.authorFile(author.getValue())));
				authors++;
			}
		}
		Map<Long, String> reusableBlocks = new HashMap<>();
		wxr.items()
			.stream()
			.filter(item -> item.type().equals("wp_block"))
			.forEach(item -> reusableBlocks.put(item.id(), item.html()));
		Map<Long, String> altById = new HashMap<>();
		wxr.items()
			.stream()
			.filter(item -> item.type().equals("attachment") && !item.text().imageAlt().isBlank())
			.forEach(item -> altById.put(item.id(), item.text().imageAlt()));
		WordPressHtml html = new WordPressHtml(wxr.baseUrl(), addresses, mediaById, altById, reusableBlocks,
				attachedTo(wxr));
		// an attachment's caption is its excerpt, HTML such as a credit's link: as
		// Markdown
		Map<Long, String> captionById = new HashMap<>();
		wxr.items()
			.stream()
			.filter(item -> item.type().equals("attachment") && !item.excerpt().isBlank())
			.forEach(item -> captionById.put(item.id(), html.convert(item.excerpt(), item.id(), note -> {
			}).strip()));
		int posts = 0;
		int pages = 0;
		List<CommentImporter.Incoming> incoming = new ArrayList<>();
		int otherComments = 0;
		int pageComments = 0;
		int done = 0;
		int total = wxr.items().size();
		progress.advanced(0, total);
		for (WxrItem item : wxr.items()) {
			progress.advanced(++done, total);
			String slug = slugs.get(item.id());
			if (item.type().equals("attachment") || item.type().startsWith("nav_menu") || item.type().equals("wp_block")
					|| item.type().startsWith("wp_")) {
				continue;
			}
			if (item.status().equals("trash") || item.status().equals("auto-draft")
					|| item.status().equals("inherit")) {
				skipped.add("item " + item.id() + " '" + item.title() + "': status " + item.status());
				continue;
			}
			if (!item.type().equals("page") && !item.type().equals("post")) {
				// a plugin's own type (a shop's products, a form, a page builder's
				// templates): not read, so nothing in it is noted either
				skipped.add("item " + item.id() + " '" + item.title() + "': type " + item.type() + " is not imported");
				continue;
			}
			if (item.flags().passwordProtected() && item.type().equals("post")) {
				notes.add("item " + item.id() + " '" + item.title() + "': password-protected in WordPress, so kept as"
						+ " a draft; Haven has no per-post passwords, publish it when it may be read by all");
			}
			String markdown = html.convert(item.html(), item.id(),
					note -> notes.add("item " + item.id() + " '" + item.title() + "': " + note));
			if (item.type().equals("page")) {
				AtomicFiles.write(root.resolve("pages/" + slug + ".md"),
						WordPressFiles.bytes(WordPressFiles.page(wxr, item, slug, markdown)));
				pages++;
				pageComments += item.comments().size();
			}
			else {
				String cover = item.thumbnailId() == null ? null : mediaById.get(item.thumbnailId());
				String coverAlt = item.thumbnailId() == null ? null : altById.get(item.thumbnailId());
				String coverCaption = item.thumbnailId() == null ? null : captionById.get(item.thumbnailId());
				AtomicFiles.write(root.resolve("articles/wordpress/" + slug + ".md"),
						WordPressFiles.bytes(WordPressFiles.post(wxr, item, slug, markdown,
								new WordPressFiles.Cover(cover, coverAlt, coverCaption), zone)));
				posts++;
				incoming.addAll(comments(wxr, item, slug, addresses));
				otherComments += (int) item.comments().stream().filter(comment -> !comment.fromAReader()).count();
			}
		}
		declareNestedCategories(wxr, root);
		progress.importingContent();
		ImportReport report = contentImport.importFrom(root, UnknownCategories.CREATE);
		addOldAddresses(wxr, root, mediaById, notes);
		int importedComments = importComments(incoming, skipped);
		if (pageComments > 0) {
			skipped.add(pageComments + " comments on pages: Haven's pages take no comments");
		}
		if (otherComments > 0) {
			skipped.add(otherComments + " pingbacks and trackbacks: notices from other sites, not readers' comments");
		}
		return new WordPressReport(posts, pages, authors, media, importedComments, List.copyOf(skipped),
				List.copyOf(notes), List.copyOf(missing), report);
	}

	/**
	 * The old addresses no rule can work out, added to the site's redirects
	 * ({@code content/redirects.yaml}) once the categories and authors they lead to are
	 * in: WordPress's numbered archives ({@code /?cat=5}, {@code /?author=2}), and each
	 * copied upload's attachment page ({@code /2019/03/11/post/photo/},
	 * {@code /?attachment_id=20}), which search engines often list, to the file itself.
	 * An address the file already has is left as it is there.
	 */
	private void addOldAddresses(WxrSite wxr, Path root, Map<Long, String> mediaById, List<String> notes) {
		Map<String, String> found = new TreeMap<>();
		for (WxrItem item : wxr.items()) {
			String file = mediaById.get(item.id());
			if (item.type().equals("attachment") && file != null && file.startsWith("/media/")) {
				found.put("/?attachment_id=" + item.id(), file);
				String page = WordPressFiles.path(wxr, item.link());
				if (page != null && !page.equals("/") && !page.contains("?") && !page.equals(file)) {
					found.put(page, file);
				}
			}
		}
		wxr.numbers()
			.categories()
			.forEach((nice, number) -> articles.categorySlugFor(wxr.categoryName(nice), nice)
				.ifPresent(slug -> found.put("/?cat=" + number, "/categories/" + slug)));
		wxr.numbers().authors().forEach((login, number) -> {
			String slug = Slugs.of(login);
			articles.author(slug).ifPresent(author -> found.put("/?author=" + number, "/authors/" + slug));
		});
		if (found.isEmpty()) {
			return;
		}
		try {
			SiteRedirects.addTo(root, found);
		}
		catch (IOException | RuntimeException ex) {
			notes.add(SiteRedirects.FILE + " not changed (" + ex.getMessage() + "), so WordPress's numbered archives"
					+ " (/?cat=…, /?author=…) and attachment pages were not added to it");
		}
	}

	/**
	 * The posts' comments, after the posts themselves are in; returns how many were added
	 * or updated.
	 */
	private int importComments(List<CommentImporter.Incoming> incoming, List<String> skipped) {
		if (incoming.isEmpty()) {
			return 0;
		}
		CommentImporter importer = comments.getIfAvailable();
		if (importer == null) {
			skipped.add(incoming.size() + " comments: this application has no comments module to take them");
			return 0;
		}
		CommentImporter.Outcome outcome = importer.importAll(incoming);
		outcome.skipped().forEach(line -> skipped.add("comment " + line));
		if (outcome.held() > 0) {
			skipped.add(outcome.held() + " comments in crisis language: imported but held for a moderator, pinned at"
					+ " the top of the comment queue (Comments in the editor)");
		}
		return outcome.imported() + outcome.updated();
	}

	/** A post's readers' comments, with their links moved like the post's. */
	private List<CommentImporter.Incoming> comments(WxrSite wxr, WxrItem item, String slug,
			Map<String, String> addresses) {
		List<CommentImporter.Incoming> found = new ArrayList<>();
		for (WxrComment comment : item.comments()) {
			if (!comment.fromAReader()) {
				continue;
			}
			Instant at = WordPressFiles.instant(comment.dateGmt(), comment.date(), zone);
			found.add(new CommentImporter.Incoming(origin(wxr, comment.id()), slug,
					comment.parentId() == 0 ? null : origin(wxr, comment.parentId()), comment.author(), comment.email(),
					WordPressHtml.toMarkdown(comment.content(), addresses), at == null ? Instant.EPOCH : at,
					status(comment.approved())));
		}
		return found;
	}

	private static String origin(WxrSite wxr, long commentId) {
		return "wordpress:" + wxr.baseUrl() + "#comment-" + commentId;
	}

	private static CommentImporter.Status status(String approved) {
		return switch (approved) {
			case "1", "approve", "approved" -> CommentImporter.Status.APPROVED;
			case "spam" -> CommentImporter.Status.SPAM;
			case "trash", "post-trashed" -> CommentImporter.Status.TRASH;
			default -> CommentImporter.Status.PENDING;
		};
	}

	/**
	 * Haven's categories are flat: a nested one the posts use is declared before the
	 * import, under its "Parent › Child" name, with the parent kept in its description.
	 */
	private void declareNestedCategories(WxrSite wxr, Path root) {
		Map<String, String> nested = new LinkedHashMap<>();
		wxr.items()
			.stream()
			.filter(item -> item.type().equals("post"))
			.flatMap(item -> item.categories().stream())
			.distinct()
			.forEach(nice -> {
				String parent = wxr.parentName(nice);
				if (parent != null) {
					nested.putIfAbsent(wxr.categoryName(nice), "Parent: " + parent);
				}
			});
		contentImport.declareCategories(root, nested);
	}

	/**
	 * Each post's and page's slug, and its old addresses mapped to the new ones. Haven's
	 * addresses are ASCII: an item whose name has no Latin letter or digit (WordPress
	 * keeps "気分" as {@code %e6%b0%97%e5%88%86}) gets its type and id, which {@code notes}
	 * tell.
	 */
	private static Map<Long, String> slugs(WxrSite wxr, Map<String, String> addresses, List<String> notes) {
		Map<Long, String> slugs = new HashMap<>();
		String base = wxr.baseUrl().endsWith("/") ? wxr.baseUrl().substring(0, wxr.baseUrl().length() - 1)
				: wxr.baseUrl();
		for (WxrItem item : wxr.items()) {
			if (!item.type().equals("post") && !item.type().equals("page")) {
				continue;
			}
			String name = java.net.URLDecoder.decode(item.slug(), java.nio.charset.StandardCharsets.UTF_8);
			String slug = Slugs.of(name.isBlank() ? item.title() : name);
			if (slug.isEmpty()) {
				slug = item.type() + "-" + item.id();
				if (!item.status().equals("trash") && !item.status().equals("auto-draft")) {
					notes.add("item " + item.id() + " '" + item.title() + "': no Latin letter or digit to make an"
							+ " address from, so it is /" + (item.type().equals("page") ? "" : "articles/") + slug
							+ "; the old address redirects there");
				}
			}
			slugs.put(item.id(), slug);
			String now = item.type().equals("page") ? "/" + slug : "/articles/" + slug;
			if (!item.link().isBlank()) {
				addresses.put(item.link(), now);
			}
			addresses.put(base + "/?p=" + item.id(), now);
			addresses.put(base + "/?page_id=" + item.id(), now);
		}
		return slugs;
	}

	/** Each post's uploads in WordPress's order (menu order, then id). */
	private static Map<Long, List<Long>> attachedTo(WxrSite wxr) {
		Map<Long, List<Long>> attached = new HashMap<>();
		wxr.items()
			.stream()
			.filter(item -> item.type().equals("attachment") && item.place().parent() != 0)
			.sorted(Comparator.comparingInt((WxrItem item) -> item.place().menuOrder()).thenComparingLong(WxrItem::id))
			.forEach(item -> attached.computeIfAbsent(item.place().parent(), parent -> new ArrayList<>())
				.add(item.id()));
		return attached;
	}

	private static int copyMedia(WxrSite wxr, Path root, @Nullable Path mediaDir, Map<Long, String> mediaById,
			Map<String, String> addresses, List<String> missing) {
		int copied = 0;
		for (WxrItem item : wxr.items()) {
			String url = item.attachmentUrl();
			if (!item.type().equals("attachment") || url == null) {
				continue;
			}
			int uploads = url.indexOf("/uploads/");
			String relative = uploads >= 0 ? url.substring(uploads + "/uploads/".length()) : url.replaceAll(".*/", "");
			Path source = mediaDir == null ? null : mediaDir.resolve(relative).normalize();
			if (source == null || !source.startsWith(mediaDir.normalize()) || !Files.isRegularFile(source)) {
				missing.add(relative + " (attachment " + item.id() + "): not found"
						+ (mediaDir == null ? "; give --media-dir" : " in " + mediaDir) + "; the old address is kept");
				mediaById.put(item.id(), url);
				continue;
			}
			String target = "media/wordpress/" + relative;
			try {
				Files.createDirectories(root.resolve(target).getParent());
				Files.copy(source, root.resolve(target), StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot copy " + source, ex);
			}
			mediaById.put(item.id(), "/" + target);
			addresses.put(url, "/" + target);
			copied++;
		}
		return copied;
	}

}
