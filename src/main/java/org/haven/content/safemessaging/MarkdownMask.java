package org.haven.content.safemessaging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out, line by line and without moving anything, the parts of Markdown that are
 * not prose: fenced code blocks, code spans, link and image destinations, reference
 * definitions, autolinks, bare URLs and HTML tags. Link labels, headings, lists, quotes,
 * tables and footnotes stay, since readers read them. Indented code blocks are not
 * detected (they look too much like list continuations to tell apart line by line).
 */
final class MarkdownMask {

	private static final Pattern FENCE_OPEN = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

	private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[(?!\\^)[^\\]]+\\]:[ \\t]*(<[^>]*>|\\S+)");

	private static final Pattern AUTOLINK = Pattern
		.compile("<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*|[^\\s<>@]+@[^\\s<>]+)>");

	private static final Pattern HTML = Pattern.compile("<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");

	private static final Pattern HREF = Pattern.compile("\\b(?:href|src)\\s*=\\s*[\"']([^\"']*)[\"']",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BARE_URL = Pattern.compile("\\b(?:https?://|www\\.)[^\\s<>()\\[\\]]+",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern YAML_KEY = Pattern.compile("^(\\s*(?:-\\s+)?)([A-Za-z_][\\w-]*\\s*:)(?=\\s|$)");

	private MarkdownMask() {
	}

	/** A Markdown body whose first line is line {@code firstLine} of its file. */
	static Passage body(String markdown, int firstLine) {
		char[] out = markdown.replace('\r', ' ').toCharArray();
		List<String> destinations = new ArrayList<>();
		char fence = 0;
		int fenceLength = 0;
		for (int start = 0; start <= out.length;) {
			int end = lineEnd(out, start);
			String line = new String(out, start, end - start);
			if (fence != 0) {
				if (closes(line, fence, fenceLength)) {
					fence = 0;
				}
				blank(out, start, end);
			}
			else {
				Matcher open = FENCE_OPEN.matcher(line);
				if (open.find()) {
					fence = open.group(1).charAt(0);
					fenceLength = open.group(1).length();
					blank(out, start, end);
				}
				else {
					Matcher reference = REFERENCE.matcher(line);
					if (reference.find()) {
						destinations.add(unbracket(reference.group(1)));
						blank(out, start + reference.start(1), start + reference.end(1));
					}
					inline(out, start, end, destinations);
				}
			}
			start = end + 1;
		}
		return new Passage(new String(out), firstLine, destinations);
	}

	/**
	 * YAML front matter whose first line is line {@code firstLine} of its file: keys are
	 * blanked, values (title, summary, FAQ answers) are read like Markdown.
	 */
	static Passage frontMatter(String yaml, int firstLine) {
		char[] out = yaml.replace('\r', ' ').toCharArray();
		List<String> destinations = new ArrayList<>();
		for (int start = 0; start <= out.length;) {
			int end = lineEnd(out, start);
			Matcher key = YAML_KEY.matcher(new String(out, start, end - start));
			if (key.find()) {
				blank(out, start + key.start(2), start + key.end(2));
			}
			inline(out, start, end, destinations);
			start = end + 1;
		}
		return new Passage(new String(out), firstLine, destinations);
	}

	private static void inline(char[] out, int start, int end, List<String> destinations) {
		codeSpans(out, start, end);
		for (Matcher m = AUTOLINK.matcher(new String(out, start, end - start)); m.find();) {
			destinations.add(m.group(1));
			blank(out, start + m.start(), start + m.end());
		}
		for (Matcher m = HTML.matcher(new String(out, start, end - start)); m.find();) {
			for (Matcher href = HREF.matcher(m.group()); href.find();) {
				destinations.add(href.group(1));
			}
			blank(out, start + m.start(), start + m.end());
		}
		linkDestinations(out, start, end, destinations);
		for (Matcher m = BARE_URL.matcher(new String(out, start, end - start)); m.find();) {
			destinations.add(m.group().replaceAll("[.,;:!?'\"*_]+$", ""));
			blank(out, start + m.start(), start + m.end());
		}
	}

	/**
	 * A run of n backticks opens a code span that the next run of exactly n backticks
	 * closes.
	 */
	private static void codeSpans(char[] out, int start, int end) {
		int i = start;
		while (i < end) {
			if (out[i] == '\\') {
				i += 2;
				continue;
			}
			if (out[i] != '`') {
				i++;
				continue;
			}
			int n = run(out, i, end);
			int close = i + n;
			while (close < end) {
				if (out[close] == '`') {
					int m = run(out, close, end);
					if (m == n) {
						blank(out, i, close + m);
						break;
					}
					close += m;
				}
				else {
					close++;
				}
			}
			i = close < end ? close + n : i + n;
		}
	}

	/**
	 * {@code [label](destination "title")}: the label is prose, the parentheses are not.
	 */
	private static void linkDestinations(char[] out, int start, int end, List<String> destinations) {
		for (int i = start; i + 1 < end; i++) {
			if (out[i] != ']' || out[i + 1] != '(') {
				continue;
			}
			int depth = 0;
			boolean angled = i + 2 < end && out[i + 2] == '<';
			int close = -1;
			for (int j = i + 1; j < end && close < 0; j++) {
				char c = out[j];
				if (c == '\\') {
					j++;
				}
				else if (angled && c == '>') {
					angled = false;
				}
				else if (!angled && c == '(') {
					depth++;
				}
				else if (!angled && c == ')' && --depth == 0) {
					close = j;
				}
			}
			if (close < 0) {
				continue;
			}
			String inside = new String(out, i + 2, close - i - 2).strip();
			String destination = inside.startsWith("<") ? inside.substring(1, Math.max(1, inside.indexOf('>')))
					: inside.split("\\s+", 2)[0];
			destinations.add(destination);
			blank(out, i + 1, close + 1);
			i = close;
		}
	}

	/**
	 * A closing fence: up to three spaces, at least as many of the opening character,
	 * nothing else.
	 */
	private static boolean closes(String line, char fence, int length) {
		String closing = line.strip();
		return line.indexOf(closing) <= 3 && closing.length() >= length && closing.chars().allMatch(c -> c == fence);
	}

	private static int run(char[] out, int from, int end) {
		int n = 0;
		while (from + n < end && out[from + n] == '`') {
			n++;
		}
		return n;
	}

	private static int lineEnd(char[] out, int start) {
		int end = start;
		while (end < out.length && out[end] != '\n') {
			end++;
		}
		return end;
	}

	private static void blank(char[] out, int from, int to) {
		for (int i = from; i < to; i++) {
			out[i] = ' ';
		}
	}

	private static String unbracket(String destination) {
		return destination.startsWith("<") && destination.endsWith(">")
				? destination.substring(1, destination.length() - 1) : destination;
	}

}
