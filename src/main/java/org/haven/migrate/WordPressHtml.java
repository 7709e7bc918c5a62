package org.haven.migrate;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A post's HTML as Markdown, shaped the way WordPress showed it:
 * <ul>
 * <li>classic posts get WordPress's automatic paragraphs ({@link WordPressAutop}); block
 * editor posts lose their block comments, and a reusable block ({@code wp:block}) is
 * replaced by its content;</li>
 * <li>WordPress's own shortcodes become Markdown: {@code [caption]} an image with its
 * caption, {@code [gallery]} its images (those it names, or else the images attached to
 * the post, as WordPress showed them), {@code [embed]} and a URL alone on a line a plain
 * link (never an embed: readers' pages make no third-party requests), {@code [audio]},
 * {@code [video]} and {@code [playlist]} a link to each file; any other shortcode stays
 * visible as text and is reported;</li>
 * <li>the block editor's wrappers go: a figure becomes its image and caption, an embed a
 * link, an audio or video player a link to its file, columns and groups their
 * content;</li>
 * <li>{@code <!--more-->} is kept, so the summary ends where it did;</li>
 * <li>links to the site's posts and uploads (in any of WordPress's image sizes) point at
 * their Haven address.</li>
 * </ul>
 * The rest is converted by flexmark; what has no Markdown form stays as HTML, which Haven
 * sanitises when it renders.
 */
final class WordPressHtml {

	private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:[^>]*?-->");

	private static final Pattern REUSABLE_BLOCK = Pattern
		.compile("<!--\\s*wp:block\\s+\\{[^}]*?\"ref\"\\s*:\\s*(\\d+)[^}]*\\}\\s*/-->");

	private static final Pattern MORE = Pattern.compile("<!--more(?:\\s[^>]*)?-->");

	private static final Pattern NEXT_PAGE = Pattern.compile("<!--nextpage-->");

	private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1>");

	private static final Pattern CAPTION = Pattern.compile("(?is)\\[(caption|wp_caption)([^\\]]*)\\](.*?)\\[/\\1\\]");

	private static final Pattern EMBED = Pattern.compile("(?is)\\[embed[^\\]]*\\](.*?)\\[/embed\\]");

	private static final Pattern GALLERY = Pattern.compile("(?i)\\[gallery([^\\]]*)\\]");

	private static final Pattern AUDIO_VIDEO = Pattern
		.compile("(?is)\\[(audio|video)(\\s[^\\]]*)?\\](?:[^\\[]*?\\[/\\1\\])?");

	private static final Pattern PLAYLIST = Pattern.compile("(?i)\\[playlist([^\\]]*)\\]");

	/** The attributes WordPress's players take a file from, besides {@code src}. */
	private static final List<String> AUDIO_SOURCES = List.of("src", "mp3", "m4a", "ogg", "wav", "wma", "flac");

	private static final List<String> VIDEO_SOURCES = List.of("src", "mp4", "m4v", "webm", "ogv", "wmv", "flv");

	private static final Pattern IMAGE_FILE = Pattern.compile("(?i).+\\.(jpe?g|png|gif|webp|avif|svg)");

	private static final Pattern VIDEO_FILE = Pattern.compile("(?i).+\\.(mp4|m4v|webm|ogv|mov|wmv|flv)");

	private static final Pattern AUDIO_FILE = Pattern.compile("(?i).+\\.(mp3|m4a|ogg|oga|wav|flac|wma)");

	private static final Pattern URL_ALONE = Pattern.compile("(?m)^[ \\t]*(https?://[^\\s<>\"\\[\\]]+)[ \\t]*$");

	private static final Pattern SHORTCODE = Pattern.compile("\\[(/?)([a-z][a-z0-9_-]*)((?:\\s[^\\]]*)?)(/?)\\]");

	private static final Pattern ATTRIBUTE = Pattern
		.compile("([a-z][a-z0-9_]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");

	private static final Pattern HREF = Pattern.compile("(href|src)=\"([^\"]+)\"");

	private static final Pattern SELF_CLOSING_BLOCK = Pattern.compile("<!--\\s*wp:([a-z0-9/-]+)[^>]*?/-->");

	private static final Pattern IMAGE_SIZE = Pattern.compile("-\\d+x\\d+(\\.[A-Za-z0-9]+)$");

	private static final String MORE_TOKEN = "HAVENMOREMARKER";

	private static final String ABBR_TOKEN = "HAVENABBRMARKER";

	private static final String SRC_TOKEN = "HAVENSRCMARKER";

	/** An image address that Markdown takes as it is, with no escaping to undo. */
	private static final Pattern PLAIN_SRC = Pattern.compile("[^\\s()<>\\[\\]]+");

	private static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter
		.builder(new MutableDataSet().set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
			.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, true)
			// "## Title {#id}" is not CommonMark: Haven gives headings ids of its own
			.set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false)
			.set(FlexmarkHtmlConverter.THEMATIC_BREAK, "---")
			// curly quotes and dashes stay as written: Haven does not turn "---" back
			// into a dash
			.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
			.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
			.set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false))
		.build();

	private final String oldSite;

	private final Map<String, String> addresses;

	private final Map<Long, String> mediaById;

	private final Map<Long, String> altById;

	private final Map<Long, String> reusableBlocks;

	private final Map<Long, List<Long>> attachedTo;

	/**
	 * {@code oldSite} is the old site's address, {@code addresses} maps old URLs (links,
	 * attachments) to Haven paths, {@code mediaById} an attachment's id to its address
	 * now, {@code altById} to its alt text, {@code reusableBlocks} a reusable block's id
	 * to its HTML.
	 */
	WordPressHtml(String oldSite, Map<String, String> addresses, Map<Long, String> mediaById, Map<Long, String> altById,
			Map<Long, String> reusableBlocks) {
		this(oldSite, addresses, mediaById, altById, reusableBlocks, Map.of());
	}

	/**
	 * ... and {@code attachedTo} a post's id to the ids of the files uploaded to it, in
	 * WordPress's order: what a {@code [gallery]} or {@code [playlist]} without ids
	 * shows.
	 */
	WordPressHtml(String oldSite, Map<String, String> addresses, Map<Long, String> mediaById, Map<Long, String> altById,
			Map<Long, String> reusableBlocks, Map<Long, List<Long>> attachedTo) {
		this.attachedTo = attachedTo;
		this.oldSite = oldSite.endsWith("/") ? oldSite.substring(0, oldSite.length() - 1) : oldSite;
		this.addresses = addresses;
		this.mediaById = mediaById;
		this.altById = altById;
		this.reusableBlocks = reusableBlocks;
	}

	/** A comment's or a short text's HTML, with links moved; nothing to report. */
	static String toMarkdown(String html, Map<String, String> addresses) {
		return new WordPressHtml("", addresses, Map.of(), Map.of(), Map.of()).convert(html, note -> {
		});
	}

	/**
	 * The Markdown of {@code html}; what could not be carried over is told to
	 * {@code notes}.
	 */
	String convert(String html, Consumer<String> notes) {
		return convert(html, 0, notes);
	}

	/**
	 * The Markdown of the post {@code postId}'s {@code html}; what could not be carried
	 * over is told to {@code notes}.
	 */
	String convert(String html, long postId, Consumer<String> notes) {
		String text = reusable(html, 0);
		boolean blockEditor = BLOCK_COMMENT.matcher(text).find();
		text = SCRIPT.matcher(BLOCK_COMMENT.matcher(text).replaceAll("")).replaceAll("");
		Matcher more = MORE.matcher(text);
		text = more.find() ? text.substring(0, more.start()) + "\n\n<p>" + MORE_TOKEN + "</p>\n\n"
				+ MORE.matcher(text.substring(more.end())).replaceAll("") : text;
		text = NEXT_PAGE.matcher(text).replaceAll("\n\n");
		text = shortcodes(text, postId, notes);
		if (!blockEditor) {
			text = URL_ALONE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(link(m.group(1), "")));
			// a line break ends the line it is on, not the paragraph
			text = WordPressAutop.apply(text).replace("<br />\n", "<br />");
		}
		Set<String> leftBehind = new LinkedHashSet<>();
		text = moveLinks(text, leftBehind);
		List<String> abbreviations = new ArrayList<>();
		List<String> sources = new ArrayList<>();
		text = reshape(text, abbreviations, sources);
		String markdown = separateQuotes(CONVERTER.convert(text).strip());
		markdown = markdown.replace(MORE_TOKEN, "<!--more-->");
		for (int i = abbreviations.size() - 1; i >= 0; i--) {
			markdown = markdown.replace(ABBR_TOKEN + i + "X", abbreviations.get(i));
		}
		for (int i = sources.size() - 1; i >= 0; i--) {
			markdown = markdown.replace(SRC_TOKEN + i + "X", sources.get(i));
		}
		leftBehind.forEach(url -> notes.accept("file " + url + " is on the old site but not among its uploads: copy"
				+ " it into content/media and change its address, or it goes when the old site does"));
		if (markdown.isBlank() && !html.isBlank()) {
			Set<String> dynamic = new LinkedHashSet<>();
			SELF_CLOSING_BLOCK.matcher(html).results().forEach(block -> dynamic.add(block.group(1)));
			notes.accept("its body came out empty"
					+ (dynamic.isEmpty() ? "" : ": its blocks (" + String.join(", ", dynamic.stream().limit(4).toList())
							+ ") are filled in by WordPress as it shows the page, and hold no text of their own"));
		}
		return markdown;
	}

	/**
	 * A blank line after each quote: flexmark may start the next paragraph on the line
	 * after a quote, which Markdown would read as more of the quote.
	 */
	private static String separateQuotes(String markdown) {
		String[] lines = markdown.split("\n", -1);
		StringBuilder out = new StringBuilder(markdown.length() + 16);
		boolean fenced = false;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.startsWith("```") || line.startsWith("~~~")) {
				fenced = !fenced;
			}
			out.append(line);
			if (i + 1 < lines.length) {
				out.append('\n');
				String next = lines[i + 1];
				if (!fenced && line.startsWith(">") && !next.isBlank() && !next.startsWith(">")) {
					out.append('\n');
				}
			}
		}
		return out.toString();
	}

	private String reusable(String html, int depth) {
		if (depth > 3 || !html.contains("wp:block")) {
			return html;
		}
		return REUSABLE_BLOCK.matcher(html).replaceAll(m -> {
			String block = reusableBlocks.get(Long.valueOf(m.group(1)));
			return Matcher.quoteReplacement(block == null ? "" : "\n\n" + reusable(block, depth + 1) + "\n\n");
		});
	}

	/** WordPress's own shortcodes as HTML; any other reported and left as text. */
	private String shortcodes(String html, long postId, Consumer<String> notes) {
		String text = CAPTION.matcher(html).replaceAll(m -> Matcher.quoteReplacement(caption(m.group(2), m.group(3))));
		text = EMBED.matcher(text).replaceAll(m -> Matcher.quoteReplacement(link(m.group(1).strip(), "")));
		text = GALLERY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(gallery(m.group(1), postId, notes)));
		text = AUDIO_VIDEO.matcher(text)
			.replaceAll(m -> Matcher.quoteReplacement(player(m.group(1), Objects.requireNonNullElse(m.group(2), ""))));
		text = PLAYLIST.matcher(text).replaceAll(m -> Matcher.quoteReplacement(playlist(m.group(1), postId, notes)));
		Set<String> unknown = new LinkedHashSet<>();
		Matcher m = SHORTCODE.matcher(text);
		while (m.find()) {
			String name = m.group(2);
			boolean looksLikeOne = !m.group(3).isBlank() || !m.group(1).isEmpty() || !m.group(4).isEmpty()
					|| name.contains("-") || name.contains("_") || text.contains("[/" + name + "]");
			if (looksLikeOne) {
				unknown.add(name);
			}
		}
		unknown.forEach(name -> notes.accept("shortcode [" + name + "] has no Haven form: left in the text as it was"));
		return text;
	}

	private static String caption(String attributes, String inner) {
		Map<String, String> a = attributes(attributes);
		int end = Math.max(inner.lastIndexOf("/>"), inner.lastIndexOf("</a>"));
		int cut = end < 0 ? inner.lastIndexOf('>') + 1 : end + (inner.startsWith("</a>", end) ? 4 : 2);
		String image = inner.substring(0, Math.max(cut, 0));
		String text = inner.substring(Math.max(cut, 0)).strip();
		if (text.isEmpty()) {
			text = a.getOrDefault("caption", "");
		}
		return "\n\n<figure>" + image + (text.isEmpty() ? "" : "<figcaption>" + text + "</figcaption>")
				+ "</figure>\n\n";
	}

	private String gallery(String attributes, long postId, Consumer<String> notes) {
		StringBuilder images = new StringBuilder("\n\n");
		for (Long number : named(attributes(attributes), postId, IMAGE_FILE)) {
			String address = mediaById.get(number);
			if (address != null) {
				images.append("<p><img src=\"")
					.append(address)
					.append("\" alt=\"")
					.append(escapeText(altById.getOrDefault(number, "")).replace("\"", "&quot;"))
					.append("\"></p>\n");
			}
		}
		if (images.length() == 2) {
			notes.accept("a [gallery] whose images are not in the export: left out; add the images by hand");
			return "";
		}
		return images.append('\n').toString();
	}

	/**
	 * The files a gallery or playlist shows: those its {@code ids} (or {@code include})
	 * name, else the post's own uploads of that kind less its {@code exclude}.
	 */
	private List<Long> named(Map<String, String> attributes, long postId, Pattern kind) {
		List<Long> named = numbers(attributes.getOrDefault("ids", attributes.getOrDefault("include", "")));
		if (!named.isEmpty()) {
			return named;
		}
		Set<Long> excluded = new HashSet<>(numbers(attributes.getOrDefault("exclude", "")));
		return attachedTo.getOrDefault(postId, List.of())
			.stream()
			.filter(id -> !excluded.contains(id) && mediaById.containsKey(id)
					&& kind.matcher(mediaById.get(id)).matches())
			.toList();
	}

	/** The numbers in a comma-separated list, others left out. */
	private static List<Long> numbers(String list) {
		List<Long> numbers = new ArrayList<>();
		for (String item : list.split(",")) {
			Long number = number(item);
			if (number != null) {
				numbers.add(number);
			}
		}
		return numbers;
	}

	/**
	 * An {@code [audio]} or {@code [video]} player as a link to its file: readers open it
	 * in their browser's own player, and the page makes no request for it.
	 */
	private static String player(String kind, String attributes) {
		Map<String, String> a = attributes(attributes);
		String url = (kind.equalsIgnoreCase("audio") ? AUDIO_SOURCES : VIDEO_SOURCES).stream()
			.map(a::get)
			.filter(value -> value != null && !value.isBlank())
			.findFirst()
			.orElse(null);
		return url == null ? "" : "\n\n<p>" + fileLink(url.strip(), kind) + "</p>\n\n";
	}

	private String playlist(String attributes, long postId, Consumer<String> notes) {
		Map<String, String> a = attributes(attributes);
		boolean video = "video".equalsIgnoreCase(a.get("type"));
		StringBuilder list = new StringBuilder();
		for (Long id : named(a, postId, video ? VIDEO_FILE : AUDIO_FILE)) {
			String address = mediaById.get(id);
			if (address != null) {
				list.append("<li>").append(fileLink(address, video ? "video" : "audio")).append("</li>");
			}
		}
		if (list.isEmpty()) {
			notes.accept("a [playlist] whose files are not in the export: left out; add links to them by hand");
			return "";
		}
		return "\n\n<ul>" + list + "</ul>\n\n";
	}

	/** {@code <a href="url">Audio: name.mp3</a>}, named after the file. */
	private static String fileLink(String url, String kind) {
		String name = url.substring(url.lastIndexOf('/') + 1);
		int query = name.indexOf('?');
		name = query < 0 ? name : name.substring(0, query);
		try {
			name = URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// a stray % in a name: shown as it is
		}
		String label = kind.equalsIgnoreCase("video") ? "Video: " : "Audio: ";
		return "<a href=\"" + url.replace("\"", "%22") + "\">" + escapeText(label + (name.isBlank() ? url : name))
				+ "</a>";
	}

	/** A plain link in a paragraph of its own, named after the site it points to. */
	private static String link(String url, String caption) {
		String lower = url.toLowerCase(Locale.ROOT);
		String site = lower.contains("youtube.com/") || lower.contains("youtu.be/") ? "YouTube"
				: lower.contains("vimeo.com/") ? "Vimeo" : null;
		String text = !caption.isBlank() ? (site == null ? caption : caption + " (" + site + ")")
				: site == null ? url : "Video on " + site;
		return "\n\n<p><a href=\"" + url.replace("\"", "%22") + "\">" + escapeText(text) + "</a></p>\n\n";
	}

	/**
	 * Links and images to the old site's posts and uploads, pointed at Haven; an image
	 * still on the old site is added to {@code leftBehind}.
	 */
	private String moveLinks(String html, Set<String> leftBehind) {
		Matcher m = HREF.matcher(html);
		StringBuilder out = new StringBuilder(html.length());
		while (m.find()) {
			String url = m.group(2).replace("&amp;", "&");
			String moved = moved(url);
			if (moved == null && m.group(1).equals("src") && !oldSite.isEmpty() && url.startsWith(oldSite + "/")
					&& !reportedMissing(url)) {
				leftBehind.add(url);
			}
			m.appendReplacement(out,
					Matcher.quoteReplacement(m.group(1) + "=\"" + (moved != null ? moved : m.group(2)) + "\""));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** An attachment the import looked for and did not find is reported already. */
	private boolean reportedMissing(String url) {
		Matcher size = IMAGE_SIZE.matcher(url);
		return mediaById.containsValue(url)
				|| size.find() && mediaById.containsValue(url.substring(0, size.start()) + size.group(1));
	}

	private @Nullable String moved(String url) {
		String moved = lookUp(url);
		if (moved == null) {
			// an upload in one of WordPress's sizes ("photo-300x200.jpg") is the upload
			// itself, which Haven makes its own sizes of; big ones were kept as "-scaled"
			Matcher size = IMAGE_SIZE.matcher(url);
			if (size.find()) {
				String original = url.substring(0, size.start());
				moved = lookUp(original + size.group(1));
				if (moved == null) {
					moved = lookUp(original + "-scaled" + size.group(1));
				}
			}
		}
		return moved;
	}

	private @Nullable String lookUp(String url) {
		String moved = addresses.get(url);
		if (moved == null && url.endsWith("/")) {
			moved = addresses.get(url.substring(0, url.length() - 1));
		}
		if (moved == null && !url.endsWith("/")) {
			moved = addresses.get(url + "/");
		}
		return moved;
	}

	/** The block editor's wrappers turned into what Markdown can say. */
	private static String reshape(String html, List<String> abbreviations, List<String> sources) {
		Document doc = Jsoup.parseBodyFragment(html);
		doc.outputSettings().prettyPrint(false);
		Element body = doc.body();
		for (Element embed : body.select("figure[class*=wp-block-embed]")) {
			Element wrapper = embed.selectFirst(".wp-block-embed__wrapper");
			Element caption = embed.selectFirst("figcaption");
			String url = (wrapper != null ? wrapper.text() : embed.ownText()).strip();
			if (url.isEmpty()) {
				embed.remove();
				continue;
			}
			embed.after(link(url, caption == null ? "" : caption.text()));
			embed.remove();
		}
		for (Element player : body.select("audio, video")) {
			String src = player.hasAttr("src") ? player.attr("src") : player.select("source[src]").attr("src");
			if (src.isBlank()) {
				player.remove();
			}
			else {
				player.replaceWith(Jsoup.parseBodyFragment(fileLink(src, player.tagName())).body().child(0));
			}
		}
		List<Element> figures = new ArrayList<>(body.select("figure"));
		for (int i = figures.size() - 1; i >= 0; i--) {
			unwrapFigure(figures.get(i));
		}
		for (Element cite : body.select("blockquote cite")) {
			Element line = new Element("p").text("— " + cite.text());
			cite.replaceWith(line);
		}
		List<Element> divs = new ArrayList<>(body.select("div"));
		for (int i = divs.size() - 1; i >= 0; i--) {
			Element div = divs.get(i);
			if (div.children().stream().noneMatch(Element::isBlock)) {
				div.tagName("p");
				div.clearAttributes();
			}
			else {
				div.unwrap();
			}
		}
		outlineUnderTheTitle(body);
		// flexmark writes an image whose file is named like an emoji ("heart.png") as
		// ":heart:", and the picture is lost: it sees a token instead of the address
		for (Element image : body.select("img[src]")) {
			String src = image.attr("src");
			if (PLAIN_SRC.matcher(src).matches()) {
				sources.add(src);
				image.attr("src", SRC_TOKEN + (sources.size() - 1) + "X");
			}
		}
		for (Element abbr : body.select("abbr[title]")) {
			Element kept = new Element("abbr").attr("title", abbr.attr("title")).text(abbr.text());
			abbreviations.add(kept.outerHtml());
			abbr.replaceWith(new TextNode(ABBR_TOKEN + (abbreviations.size() - 1) + "X"));
		}
		return body.html();
	}

	/**
	 * The body's headings moved so the highest is an h2: the page's title is its h1, and
	 * posts often start at h3 (or use h1), which skips a level for screen reader users.
	 */
	private static void outlineUnderTheTitle(Element body) {
		List<Element> headings = body.select("h1, h2, h3, h4, h5, h6");
		int top = headings.stream().mapToInt(h -> h.tagName().charAt(1) - '0').min().orElse(2);
		if (top == 2) {
			return;
		}
		for (Element heading : headings) {
			int level = Math.max(2, Math.min(6, heading.tagName().charAt(1) - '0' + 2 - top));
			heading.tagName("h" + level);
		}
	}

	/** A figure becomes its content, an inline image in a paragraph, then its caption. */
	private static void unwrapFigure(Element figure) {
		Element caption = null;
		List<Node> kept = new ArrayList<>();
		for (Node child : new ArrayList<>(figure.childNodes())) {
			if (child instanceof Element element && element.tagName().equals("figcaption")) {
				caption = element;
			}
			else if (child instanceof Element element && !element.isBlock()) {
				kept.add(new Element("p").appendChild(element.clone()));
			}
			else if (!(child instanceof TextNode textNode && textNode.isBlank())) {
				kept.add(child.clone());
			}
		}
		if (caption != null && !caption.text().isBlank()) {
			Element em = new Element("em");
			caption.childNodes().forEach(node -> em.appendChild(node.clone()));
			kept.add(new Element("p").appendChild(em));
		}
		for (Node node : kept) {
			figure.before(node);
		}
		figure.remove();
	}

	private static Map<String, String> attributes(String text) {
		Map<String, String> found = new HashMap<>();
		Matcher m = ATTRIBUTE.matcher(text);
		while (m.find()) {
			String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
			found.put(m.group(1).toLowerCase(Locale.ROOT), value);
		}
		return found;
	}

	private static @Nullable Long number(String text) {
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String escapeText(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
