package org.haven.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The nginx include names each location once (nginx refuses a configuration that names
 * one twice), whatever mix of old addresses a site has.
 */
class RedirectsUnitTest {

	@Test
	void onePathWithAndWithoutSlashAndWithAQueryGetsOneBlockEach() {
		Redirects redirects = new Redirects();
		redirects.add("/old", "/articles/a");
		redirects.add("/old/", "/articles/b");
		redirects.add("/old?p=1", "/articles/c");
		redirects.add("/?p=2", "/articles/d");

		String nginx = new String(redirects.nginx(), StandardCharsets.UTF_8);

		assertThat(count(nginx, "location = \"/old\" ")).isEqualTo(1);
		assertThat(count(nginx, "location = \"/old/\" ")).isEqualTo(1);
		assertThat(count(nginx, "location = \"/\" ")).isEqualTo(1);
		// the path's block tests its query first, then redirects as the plain address
		// does
		assertThat(nginx)
			.contains("location = \"/old\" {\n    if ($arg_p = \"1\") { return 301 \"/articles/c\"; }\n"
					+ "    return 301 \"/articles/a\";\n}")
			.contains("location = \"/old/\" { return 301 \"/articles/b\"; }")
			.contains("if ($arg_p = \"2\") { return 301 \"/articles/d\"; }");
	}

	private static int count(String text, String part) {
		Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
		int found = 0;
		while (m.find()) {
			found++;
		}
		return found;
	}

}
