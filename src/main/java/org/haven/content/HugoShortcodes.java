package org.haven.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's common shortcodes turned into plain Markdown before rendering: {@code figure}
 * (an image with its caption), {@code ref}/{@code relref} (a link to
 * {@code /articles/<slug>}), {@code youtube}/{@code vimeo}, {@code tweet}/{@code x},
 * {@code gist} and {@code instagram} (a plain link, never an embed: readers' pages make
 * no third-party requests) and {@code highlight} (a fenced code block). Any other
 * shortcode stays visible as text and is reported with its file line, so nothing is
 * dropped silently.
 */
public final class HugoShortcodes {

	private static final Pattern SHORTCODE = Pattern
		.compile("\\{\\{([<%])(/\\*)?\\s*(/?)([A-Za-z][\\w-]*)((?:[^}]|}(?!}))*?)\\s*(\\*/)?\\s*[>%]}}");

	private static final Pattern ARGUMENT = Pattern
		.compile("(?:([A-Za-z_][\\w-]*)\\s*=\\s*)?(?:\"((?:[^\"\\\\]|\\\\.)*)\"|`([^`]*)`|([^\\s\"`]+))");

	/** The body with shortcodes expanded, and one warning per unknown shortcode. */
	public record Expanded(String markdown, List<ImportProblem> warnings) {
	}

	private HugoShortcodes() {
	}

	/** Whether the text may hold a shortcode at all (most bodies do not). */
	static boolean mayContain(String markdown) {
		return markdown.contains("{{<") || markdown.contains("{{%");
	}

	public static Expanded expand(String file, String markdown, int firstLine) {
		if (!mayContain(markdown)) {
			return new Expanded(markdown, List.of());
		}
		List<ImportProblem> warnings = new ArrayList<>();
		StringBuilder out = new StringBuilder(markdown.length());
		Matcher m = SHORTCODE.matcher(markdown);
		int at = 0;
		while (m.find(at)) {
			out.append(markdown, at, m.start());
			at = m.end();
			String name = m.group(4);
			int line = firstLine + lineOf(markdown, m.start());
			if (m.group(2) != null) {
				// {{</* name */>}} is Hugo's way of writing a shortcode as text.
				out.append(visible("{{" + m.group(1) + " " + m.group(3) + name + m.group(5) + " "
						+ (m.group(1).equals("<") ? ">" : "%") + "}}"));
				continue;
			}
			if (!m.group(3).isEmpty()) {
				out.append(visible(m.group()));
				continue;
			}
			Map<String, String> args = arguments(m.group(5));
			switch (name) {
				case "figure" -> out.append(figure(args));
				case "ref", "relref" -> out.append(ref(args));
				case "youtube" -> out.append(video("YouTube", "https://www.youtube.com/watch?v=", args));
				case "vimeo", "vimeo_simple" -> out.append(video("Vimeo", "https://vimeo.com/", args));
				case "tweet", "twitter", "twitter_simple", "x" -> out.append(post(args));
				case "gist" -> out.append(gist(args));
				case "instagram", "instagram_simple" -> out.append(link("Post on Instagram",
						"https://www.instagram.com/p/" + args.getOrDefault("id", args.getOrDefault("0", "")) + "/"));
				case "highlight" -> {
					String close = "{{" + m.group(1) + " /highlight " + (m.group(1).equals("<") ? ">" : "%") + "}}";
					int end = indexOfClose(markdown, at, "highlight");
					if (end < 0) {
						warnings
							.add(new ImportProblem(file, line, "shortcode 'highlight' is not closed: left as text"));
						out.append(visible(m.group()));
					}
					else {
						String code = markdown.substring(at, end).strip();
						out.append("\n```")
							.append(args.getOrDefault("0", ""))
							.append('\n')
							.append(code)
							.append("\n```\n");
						Matcher closing = SHORTCODE.matcher(markdown);
						at = closing.find(end) ? closing.end() : end + close.length();
					}
				}
				default -> {
					warnings.add(new ImportProblem(file, line,
							"unknown shortcode '" + name + "': left as text; replace it with Markdown"));
					out.append(visible(m.group()));
				}
			}
		}
		out.append(markdown, at, markdown.length());
		return new Expanded(out.toString(), List.copyOf(warnings));
	}

	private static int indexOfClose(String markdown, int from, String name) {
		Matcher m = SHORTCODE.matcher(markdown);
		while (m.find(from)) {
			if (!m.group(3).isEmpty() && m.group(4).equals(name)) {
				return m.start();
			}
			from = m.end();
		}
		return -1;
	}

	/** Positional arguments under "0", "1"… and named ones under their name. */
	static Map<String, String> arguments(String text) {
		Map<String, String> args = new LinkedHashMap<>();
		Matcher m = ARGUMENT.matcher(text);
		int position = 0;
		while (m.find()) {
			String value = m.group(2) != null ? m.group(2).replace("\\\"", "\"")
					: m.group(3) != null ? m.group(3) : m.group(4);
			args.put(m.group(1) != null ? m.group(1) : String.valueOf(position++), value);
		}
		return args;
	}

	private static String figure(Map<String, String> a) {
		String src = a.getOrDefault("src", a.getOrDefault("0", ""));
		// as Hugo's figure: the caption's plain text when there is no alt
		String alt = a.containsKey("alt") ? a.get("alt")
				: InlineMarkdown.text(a.getOrDefault("caption", a.getOrDefault("title", "")));
		String image = "![" + escape(alt) + "](" + src + ")";
		if (a.containsKey("link")) {
			image = "[" + image + "](" + a.get("link") + ")";
		}
		String caption = a.getOrDefault("caption", a.getOrDefault("title", ""));
		if (caption.isBlank()) {
			return "\n" + image + "\n";
		}
		// a Markdown image between HTML blocks (the blank lines let CommonMark read it),
		// so that the caption belongs to the figure; its Markdown rendered, as Hugo's own
		// figure does (markdownify), raw HTML in it shown as text
		return "\n<figure>\n\n" + image + "\n\n<figcaption>" + InlineMarkdown.html(caption)
				+ "</figcaption>\n</figure>\n";
	}

	private static String ref(Map<String, String> a) {
		String target = a.getOrDefault("path", a.getOrDefault("0", ""));
		String anchor = "";
		int hash = target.indexOf('#');
		if (hash >= 0) {
			anchor = target.substring(hash);
			target = target.substring(0, hash);
		}
		if (target.isEmpty()) {
			return anchor;
		}
		String name = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
		if (name.endsWith("/index.md") || name.endsWith("/_index.md")) {
			name = name.substring(0, name.lastIndexOf('/'));
		}
		name = name.substring(name.lastIndexOf('/') + 1);
		if (name.endsWith(".md")) {
			name = name.substring(0, name.length() - 3);
		}
		return "/articles/" + ContentSlugs.fromFileName(name) + anchor;
	}

	private static String video(String site, String base, Map<String, String> a) {
		String id = a.getOrDefault("id", a.getOrDefault("0", ""));
		String title = a.getOrDefault("title", site + " video");
		return "[" + escape(title) + " (" + site + ")](" + base + id + ")";
	}

	/**
	 * A post on X (Twitter): {@code user} and {@code id} (Hugo 0.89 on), or the id alone
	 * as older sites wrote it.
	 */
	private static String post(Map<String, String> a) {
		String id = a.getOrDefault("id", a.getOrDefault("1", a.getOrDefault("0", "")));
		String user = a.get("user") != null ? a.get("user") : a.containsKey("1") ? a.get("0") : null;
		return user == null ? link("Post on X", "https://x.com/i/status/" + id)
				: link("Post by @" + user + " on X", "https://x.com/" + user + "/status/" + id);
	}

	/** A GitHub gist: user, id and, optionally, the one file shown. */
	private static String gist(Map<String, String> a) {
		String user = a.getOrDefault("0", "");
		String id = a.getOrDefault("1", "");
		String file = a.get("2");
		return link("Gist by " + user + " on GitHub" + (file == null ? "" : " (" + file + ")"),
				"https://gist.github.com/" + user + "/" + id);
	}

	private static String link(String text, String url) {
		return "[" + escape(text) + "](" + url.replace(" ", "%20").replace(")", "%29") + ")";
	}

	/** A shortcode kept as text: Markdown must not read its brackets as HTML. */
	private static String visible(String shortcode) {
		return shortcode.replace("<", "\\<").replace(">", "\\>").replace("%", "\\%");
	}

	private static String escape(String text) {
		return text.replace("[", "\\[").replace("]", "\\]").replace("*", "\\*");
	}

	private static int lineOf(String text, int offset) {
		int line = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
