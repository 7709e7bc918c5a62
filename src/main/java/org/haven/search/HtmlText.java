package org.haven.search;

import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/** The readable text of sanitised article HTML: tags removed (block ends become spaces), entities decoded. */
final class HtmlText {

	private static final Pattern SCRIPTS = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1>");

	private static final Pattern TAGS = Pattern.compile("<[^>]*>");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private HtmlText() {
	}

	static String of(String html) {
		String text = SCRIPTS.matcher(html).replaceAll(" ");
		text = TAGS.matcher(text).replaceAll(" ");
		return SPACES.matcher(HtmlUtils.htmlUnescape(text)).replaceAll(" ").strip();
	}

}
