package org.haven.content;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allowlist that every rendered body passes through, so raw HTML in Markdown cannot
 * bring scripts, event handlers or {@code javascript:} URLs. Built by hand rather than
 * from OWASP's presets, whose link policy adds {@code rel=nofollow} to footnote links
 * too.
 */
public final class HtmlSanitizer {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_:.-]*");

	private static final Pattern CLASS = Pattern.compile("[A-Za-z0-9_ -]+");

	/**
	 * Only copies on this site, as the pipeline writes them
	 * ({@code /media/480w/a.jpg 480w, /media/a.jpg 900w}); a protocol-relative
	 * {@code //host/...} does not match, so raw HTML cannot pull in a third-party image
	 * this way. (The sanitiser puts a space before each comma before it checks.)
	 */
	private static final String LOCAL_CANDIDATE = "/[A-Za-z0-9_-][A-Za-z0-9._/-]{0,300} [0-9]{1,5}w";

	private static final Pattern LOCAL_SRCSET = Pattern.compile(LOCAL_CANDIDATE + "( ?, " + LOCAL_CANDIDATE + "){0,9}");

	private static final Pattern NUMBER = Pattern.compile("[0-9]{1,5}");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
				"em", "strong", "del", "s", "sup", "sub", "a", "img", "table", "thead", "tbody", "tfoot", "tr", "th",
				"td", "caption", "section", "figure", "figcaption", "abbr", "dl", "dt", "dd", "kbd", "mark", "small",
				"details", "summary", "input", "span", "div")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.allowAttributes("title")
		.globally()
		.allowAttributes("aria-label")
		.onElements("a")
		.allowAttributes("data-footnote-ref", "data-footnote-backref")
		.onElements("a")
		.allowAttributes("data-footnotes")
		.onElements("section")
		.allowAttributes("id")
		.matching(ID)
		.globally()
		.allowAttributes("class")
		.matching(CLASS)
		.globally()
		.allowAttributes("src", "alt")
		.onElements("img")
		.allowAttributes("loading")
		.matching(Pattern.compile("lazy|eager"))
		.onElements("img")
		.allowAttributes("decoding")
		.matching(Pattern.compile("async|sync|auto"))
		.onElements("img")
		.allowAttributes("srcset")
		.matching(LOCAL_SRCSET)
		.onElements("img")
		.allowAttributes("sizes")
		.matching(Pattern.compile("[a-z0-9(),.: -]{1,200}"))
		.onElements("img")
		.allowAttributes("width", "height")
		.matching(NUMBER)
		.onElements("img")
		.allowAttributes("align")
		.matching(Pattern.compile("left|center|right"))
		.onElements("th", "td")
		.allowAttributes("start")
		.matching(NUMBER)
		.onElements("ol")
		.allowAttributes("colspan", "rowspan")
		.matching(NUMBER)
		.onElements("th", "td")
		.allowAttributes("type")
		.matching(Pattern.compile("checkbox"))
		.onElements("input")
		.allowAttributes("checked", "disabled")
		.onElements("input")
		.allowAttributes("aria-label")
		.matching(Pattern.compile("Done|To do"))
		.onElements("input")
		.allowAttributes("open")
		.onElements("details")
		.toFactory();

	/**
	 * Reader comments: paragraphs, emphasis, lists, quotes and links to the web, which
	 * get {@code rel="nofollow ugc"} (they are the commenter's, not the publication's).
	 */
	private static final PolicyFactory COMMENT_POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "ul", "ol", "li", "blockquote", "em", "strong", "a")
		.allowUrlProtocols("http", "https")
		.allowAttributes("href")
		.onElements("a")
		.requireRelsOnLinks("nofollow", "ugc")
		.toFactory();

	private HtmlSanitizer() {
	}

	public static String sanitize(String html) {
		return POLICY.sanitize(html);
	}

	/** A reader's comment, rendered from Markdown: the narrow allowlist above. */
	public static String sanitizeComment(String html) {
		return COMMENT_POLICY.sanitize(html);
	}

}
