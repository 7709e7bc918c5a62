package org.haven.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;
import org.jsoup.parser.Parser;

/**
 * Reads a WordPress eXtended RSS export (WXR 1.1 and 1.2, written by WordPress 4 to 6) as
 * a stream, so a large export never sits in memory as a tree. External entities and DTDs
 * are refused.
 */
final class WxrReader {

	private static final XMLInputFactory FACTORY = factory();

	private WxrReader() {
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	static WxrSite read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	/** Reads an export from {@code in}; {@code name} names it in errors. */
	static WxrSite read(InputStream in, String name) {
		try {
			XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
			return new Parse(xml).site();
		}
		catch (XMLStreamException ex) {
			int line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNumber();
			throw new IllegalArgumentException(
					name + ":" + line + ": not a readable WordPress export: " + ex.getMessage(), ex);
		}
	}

	/** One pass over the document. */
	private static final class Parse {

		private final XMLStreamReader xml;

		private String baseUrl = "";

		private final Map<String, String> authors = new LinkedHashMap<>();

		private final Map<String, Long> categoryNumbers = new HashMap<>();

		private final Map<String, Long> authorNumbers = new HashMap<>();

		private final Map<String, WxrSite.Term> categories = new LinkedHashMap<>();

		private final List<WxrItem> items = new ArrayList<>();

		Parse(XMLStreamReader xml) {
			this.xml = xml;
		}

		WxrSite site() throws XMLStreamException {
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String name = xml.getLocalName();
				switch (name) {
					case "base_blog_url" -> baseUrl = text().strip();
					case "author" -> author(fields("author"));
					case "category" -> {
						if ("wp".equals(xml.getPrefix())) {
							Map<String, String> f = fields("category");
							Long term = number(f.get("term_id"));
							if (term != null) {
								categoryNumbers.put(f.getOrDefault("category_nicename", ""), term);
							}
							categories.put(f.getOrDefault("category_nicename", ""), new WxrSite.Term(
									plain(f.getOrDefault("cat_name", "")), f.getOrDefault("category_parent", "")));
						}
					}
					case "item" -> item();
					default -> {
					}
				}
			}
			return new WxrSite(baseUrl, authors, categories, items,
					new WxrSite.Numbers(Map.copyOf(categoryNumbers), Map.copyOf(authorNumbers)));
		}

		private void author(Map<String, String> f) {
			String login = f.getOrDefault("author_login", "");
			String display = f.getOrDefault("author_display_name", login);
			if (!login.isEmpty()) {
				authors.put(login, display.isBlank() ? login : plain(display));
				Long number = number(f.get("author_id"));
				if (number != null) {
					authorNumbers.put(login, number);
				}
			}
		}

		/** The text of each child element of {@code end}, by local name. */
		private Map<String, String> fields(String end) throws XMLStreamException {
			Map<String, String> f = new LinkedHashMap<>();
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = xml.getLocalName();
					f.put(name, text().strip());
				}
				else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(end)) {
					return f;
				}
			}
			return f;
		}

		private void item() throws XMLStreamException {
			Map<String, String> f = new LinkedHashMap<>();
			List<String> cats = new ArrayList<>();
			List<String> tags = new ArrayList<>();
			Long thumbnail = null;
			String imageAlt = "";
			String description = "";
			List<WxrComment> comments = new ArrayList<>();
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("item")) {
					break;
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String name = xml.getLocalName();
				String prefix = xml.getPrefix() == null ? "" : xml.getPrefix();
				if (name.equals("category")) {
					String domain = xml.getAttributeValue(null, "domain");
					String nice = xml.getAttributeValue(null, "nicename");
					String text = plain(text().strip());
					if ("category".equals(domain)) {
						cats.add(nice != null ? nice : text);
						categories.putIfAbsent(nice != null ? nice : text, new WxrSite.Term(text, ""));
					}
					else if ("post_tag".equals(domain)) {
						tags.add(text);
					}
				}
				else if (name.equals("postmeta")) {
					Map<String, String> meta = fields("postmeta");
					String key = meta.getOrDefault("meta_key", "");
					String value = meta.getOrDefault("meta_value", "").strip();
					switch (key) {
						case "_thumbnail_id" -> thumbnail = number(value);
						case "_wp_attachment_image_alt" -> imageAlt = value;
						// the search-result description Yoast SEO or Rank Math kept for
						// the post
						case "_yoast_wpseo_metadesc", "rank_math_description" -> description = value;
						default -> {
						}
					}
				}
				else if (name.equals("comment")) {
					Map<String, String> c = fields("comment");
					Long commentId = number(c.get("comment_id"));
					Long parent = number(c.get("comment_parent"));
					comments.add(new WxrComment(commentId == null ? 0 : commentId, parent == null ? 0 : parent,
							c.getOrDefault("comment_author", "").strip(), blankToNull(c.get("comment_author_email")),
							blankToNull(c.get("comment_date_gmt")), blankToNull(c.get("comment_date")),
							c.getOrDefault("comment_content", ""), c.getOrDefault("comment_approved", "1").strip(),
							c.getOrDefault("comment_type", "").strip()));
				}
				else {
					String key = prefix.equals("content") ? "content" : prefix.equals("excerpt") ? "excerpt" : name;
					f.put(key, text());
				}
			}
			Long id = number(f.get("post_id"));
			WxrItem.Text text = new WxrItem.Text(plain(imageAlt), plain(description));
			WxrItem.Flags flags = new WxrItem.Flags(!f.getOrDefault("post_password", "").isBlank(),
					"1".equals(f.getOrDefault("is_sticky", "").strip()));
			items.add(new WxrItem(id == null ? 0 : id, f.getOrDefault("post_type", "post").strip(),
					f.getOrDefault("status", "publish").strip(), plain(f.getOrDefault("title", "").strip()),
					f.getOrDefault("post_name", "").strip(), f.getOrDefault("link", "").strip(),
					blankToNull(f.get("post_date_gmt")), blankToNull(f.get("post_date")),
					f.getOrDefault("creator", "").strip(), f.getOrDefault("content", ""),
					f.getOrDefault("excerpt", "").strip(), cats, tags, thumbnail, blankToNull(f.get("attachment_url")),
					List.copyOf(comments), flags, text,
					new WxrItem.Place(Objects.requireNonNullElse(number(f.get("post_parent")), 0L),
							Objects.requireNonNullElse(number(f.get("menu_order")), 0L).intValue())));
		}

		/**
		 * A name as text: WordPress keeps term names, and titles saved by authors without
		 * the right to post HTML, with their entities ({@code Anxiety &amp; Stress}).
		 */
		private static String plain(String text) {
			return text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, false);
		}

		/**
		 * The text inside the current element, nested elements included, leaving the
		 * reader on its end.
		 */
		private String text() throws XMLStreamException {
			StringBuilder text = new StringBuilder();
			int depth = 1;
			while (depth > 0 && xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
				else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
					text.append(xml.getText());
				}
			}
			return text.toString();
		}

		private static @Nullable Long number(@Nullable String text) {
			try {
				return text == null ? null : Long.valueOf(text.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		private static @Nullable String blankToNull(@Nullable String text) {
			return text == null || text.isBlank() || text.startsWith("0000-00-00") ? null : text.strip();
		}

	}

}
