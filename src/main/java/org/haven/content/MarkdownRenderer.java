package org.haven.content;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Renders Markdown to sanitised HTML once, at import or save: CommonMark with GFM tables,
 * strikethrough, autolinks, task lists, footnotes and heading anchors. The page title is
 * the only {@code h1}, so headings in the body are demoted one level when the body uses
 * {@code #}.
 */
public final class MarkdownRenderer {

	static final int WORDS_PER_MINUTE = 220;

	private static final int SUMMARY_LIMIT = 280;

	private final List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
			AutolinkExtension.create(), FootnotesExtension.create(), TaskListItemsExtension.create());

	private final Parser parser = Parser.builder().extensions(extensions).build();

	/** The same URL schemes the HTML sanitiser allows; relative URLs pass. */
	private static final DefaultUrlSanitizer SAFE_URLS = new DefaultUrlSanitizer(List.of("http", "https", "mailto"));

	/**
	 * How wide a body image shows: the article column (about 68 characters) on wide
	 * screens, the screen otherwise. Both shipped themes use that column; a theme with a
	 * wider one only makes browsers pick a smaller copy.
	 */
	static final String IMAGE_SIZES = "(min-width: 48rem) 44rem, 100vw";

	private final TextContentRenderer textRenderer = TextContentRenderer.builder().build();

	/**
	 * The whole body as text for search: the same parsed document, so a save still parses
	 * once.
	 */
	private final TextContentRenderer plainText = TextContentRenderer.builder()
		.extensions(extensions)
		.nodeRendererFactory(PlainText::new)
		.build();

	private final ImageSizes images;

	public MarkdownRenderer() {
		this(ImageSizes.NONE);
	}

	private static final Timer RENDER = Timer.builder("haven.render")
		.description("Markdown to sanitised HTML, per article or page")
		.register(Metrics.globalRegistry);

	public MarkdownRenderer(ImageSizes images) {
		this.images = images;
	}

	/**
	 * Renders one Markdown text, timed as {@code haven.render} (the global registry,
	 * which the application's metrics registry joins).
	 */
	public RenderedContent render(String markdown) {
		return RENDER.record(() -> renderUntimed(markdown));
	}

	private RenderedContent renderUntimed(String markdown) {
		Node document = parser.parse(markdown);
		demoteHeadingsIfTitleLevelUsed(document);
		Map<Heading, String> ids = new IdentityHashMap<>();
		List<TocEntry> toc = new ArrayList<>();
		IdGenerator idGenerator = IdGenerator.builder().build();
		WordCounter words = new WordCounter();
		document.accept(words);
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				// the anchor stays what it always was, so links to it keep working
				String text = textRenderer.render(heading).strip();
				String id = idGenerator.generateId(text.isEmpty() ? "section" : text);
				ids.put(heading, id);
				if (heading.getLevel() <= 3) {
					toc.add(new TocEntry(heading.getLevel(), id, ReadableText.of(heading)));
				}
			}
		});
		HtmlRenderer htmlRenderer = HtmlRenderer.builder()
			.extensions(extensions)
			.sanitizeUrls(true)
			.urlSanitizer(SAFE_URLS)
			.attributeProviderFactory(context -> attributes(ids))
			.build();
		String rendered = htmlRenderer.render(document);
		// CommonMark escapes all text and drops unsafe URL schemes itself, so only raw
		// HTML written into the Markdown
		// can bring markup the allowlist must check; skipping the sanitiser otherwise
		// halves the cost of a render.
		String html = words.rawHtml ? HtmlSanitizer.sanitize(rendered) : rendered;
		int minutes = Math.max(1, (int) Math.ceil(words.count / (double) WORDS_PER_MINUTE));
		return new RenderedContent(html, List.copyOf(toc), firstParagraph(document), words.count, minutes,
				plainText.render(document).strip());
	}

	private AttributeProvider attributes(Map<Heading, String> ids) {
		return (node, tagName, attributes) -> {
			// URL sanitising marks every link nofollow; links in our own articles are
			// editorial, so keep them plain
			if ("a".equals(tagName)) {
				attributes.remove("rel");
			}
			if (node instanceof Heading heading && ids.containsKey(heading)) {
				attributes.put("id", ids.get(heading));
			}
			// a task-list checkbox is read-only; give it a name so assistive technology
			// announces more than "checkbox"
			if (node instanceof TaskListItemMarker marker) {
				attributes.put("aria-label", marker.isChecked() ? "Done" : "To do");
			}
			if (node instanceof Image && "img".equals(tagName)) {
				responsive(attributes);
			}
		};
	}

	/**
	 * Body images load when scrolled near, and, when their size is known, reserve their
	 * space and offer copies.
	 */
	private void responsive(Map<String, String> attributes) {
		String src = attributes.get("src");
		if (src != null && !src.isEmpty()) {
			images.of(src).ifPresent(image -> {
				attributes.put("width", Integer.toString(image.width()));
				attributes.put("height", Integer.toString(image.height()));
				String srcset = image.srcset();
				if (!srcset.isEmpty()) {
					attributes.put("srcset", srcset);
					attributes.put("sizes", IMAGE_SIZES);
				}
			});
		}
		attributes.put("loading", "lazy");
		attributes.put("decoding", "async");
	}

	private static void demoteHeadingsIfTitleLevelUsed(Node document) {
		boolean[] hasH1 = { false };
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				hasH1[0] |= heading.getLevel() == 1;
			}
		});
		if (hasH1[0]) {
			document.accept(new AbstractVisitor() {
				@Override
				public void visit(Heading heading) {
					heading.setLevel(Math.min(6, heading.getLevel() + 1));
				}
			});
		}
	}

	private String firstParagraph(Node document) {
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Paragraph) {
				String text = ReadableText.of(node);
				if (!text.isEmpty()) {
					return shorten(text);
				}
			}
		}
		return "";
	}

	static String shorten(String text) {
		if (text.length() <= SUMMARY_LIMIT) {
			return text;
		}
		int cut = text.lastIndexOf(' ', SUMMARY_LIMIT - 1);
		return text.substring(0, cut > 0 ? cut : SUMMARY_LIMIT).replaceAll("[,;:.\\s]+$", "") + "…";
	}

	/**
	 * Counts words in text and inline code, the parts a reader reads, and notes any raw
	 * HTML.
	 */
	private static final class WordCounter extends AbstractVisitor {

		int count;

		boolean rawHtml;

		@Override
		public void visit(HtmlBlock html) {
			rawHtml = true;
		}

		@Override
		public void visit(HtmlInline html) {
			rawHtml = true;
		}

		@Override
		public void visit(Text text) {
			count += countWords(text.getLiteral());
		}

		@Override
		public void visit(Code code) {
			count += countWords(code.getLiteral());
		}

		private static int countWords(String s) {
			int n = 0;
			boolean inWord = false;
			for (int i = 0; i < s.length(); i++) {
				boolean letter = Character.isLetterOrDigit(s.charAt(i));
				if (letter && !inWord) {
					n++;
				}
				inWord = letter;
			}
			return n;
		}

	}

}
