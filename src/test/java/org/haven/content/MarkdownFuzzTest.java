package org.haven.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any Markdown renders without an exception, and what comes out has no script, no event
 * handler and no {@code javascript:} link. Fuzzed with {@code -Pfuzz}.
 */
class MarkdownFuzzTest {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@FuzzTest(maxDuration = "60s")
	void anyMarkdownRendersToSafeHtml(String markdown) {
		if (markdown == null) {
			return;
		}
		String html = renderer.render(markdown).html().toLowerCase(Locale.ROOT);

		assertThat(html).doesNotContain("<script", "javascript:").doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=");
	}

}
