package org.haven.content;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text given to the front-matter parser either parses or is refused with a
 * {@link ContentException} naming the file and line; nothing else may escape (an
 * unexpected exception fails the import of one file with a stack trace instead of a
 * reason). Fuzzed with {@code -Pfuzz}.
 */
class FrontMatterFuzzTest {

	private final FrontMatterParser parser = new FrontMatterParser();

	@FuzzTest(maxDuration = "60s")
	void anyTextParsesOrIsRefusedWithAReason(String text) {
		if (text == null) {
			return;
		}
		try {
			parser.parse("fuzz.md", "---\n" + text);
		}
		catch (ContentException refused) {
			// a reason the author can act on
		}
	}

}
