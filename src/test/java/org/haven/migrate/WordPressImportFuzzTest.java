package org.haven.migrate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any file given to the WordPress importer is read or refused with an
 * {@link IllegalArgumentException} naming file and line; what it reads converts to
 * Markdown and category names without an exception. The input is wrapped in a minimal WXR
 * channel so the fuzzer reaches items and categories quickly. Fuzzed with {@code -Pfuzz}.
 */
class WordPressImportFuzzTest {

	@FuzzTest(maxDuration = "60s")
	void anyExportIsReadOrRefusedWithAReason(String text) {
		if (text == null) {
			return;
		}
		String export = """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
				  xmlns:content="http://purl.org/rss/1.0/modules/content/"
				  xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>""" + text + "</channel></rss>";
		WxrSite site;
		try {
			site = WxrReader.read(new ByteArrayInputStream(export.getBytes(StandardCharsets.UTF_8)), "fuzz.xml");
		}
		catch (IllegalArgumentException refused) {
			return;
		}
		// a gallery's images, and a reusable block that uses itself
		WordPressHtml html = new WordPressHtml("https://old.example", Map.of(), Map.of(1L, "/media/wordpress/a.jpg"),
				Map.of(1L, "A \"view\""), Map.of(2L, "<!-- wp:block {\"ref\":2} /-->[gallery ids=\"1,2\"]"));
		for (WxrItem item : site.items()) {
			item.categories().forEach(site::categoryName);
			html.convert(item.html(), note -> {
			});
		}
	}

}
