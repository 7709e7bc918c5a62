package org.haven.content.safemessaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.haven.content.ContentProperties;
import org.haven.content.FrontMatter;
import org.haven.content.FrontMatterParser;
import org.haven.content.Slugs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample publication in content/articles is written safely: the built-in rules find
 * nothing in it.
 */
class SafeMessagingSampleArticlesUnitTest {

	@TempDir
	Path noOverrides;

	@Test
	void everySampleArticleReadsSafely() throws IOException {
		SafeMessaging safeMessaging = new SafeMessaging(new SafeMessagingRules(
				new ContentProperties(noOverrides, false, false, null, ContentProperties.UnknownCategories.CREATE)));
		List<Path> articles = articles();
		assertThat(articles).hasSizeGreaterThan(10);
		for (Path file : articles) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			FrontMatter fm = new FrontMatterParser().parse(file.toString(), text).frontMatter();
			assertThat(safeMessaging.check(SafeMessagingInput.ofFile(text, contentNotes(fm), tags(fm))))
				.as(file.toString())
				.isEmpty();
		}
	}

	@Test
	void theCrisisArticleIsCheckedForAHelpLink() throws IOException {
		Path file = Path.of("content/articles/supporting-someone-with-suicidal-thoughts.md");
		String text = Files.readString(file, StandardCharsets.UTF_8);
		FrontMatter fm = new FrontMatterParser().parse(file.toString(), text).frontMatter();
		assertThat(contentNotes(fm)).containsExactly("suicide");
		assertThat(tags(fm)).contains("crisis-support");
		SafeMessaging safeMessaging = new SafeMessaging(new SafeMessagingRules(
				new ContentProperties(noOverrides, false, false, null, ContentProperties.UnknownCategories.CREATE)));
		String withoutHelp = text.replace("crisis line", "service")
			.replace("Crisis line", "Service")
			.replace("helpline", "number")
			.replace("Samaritans", "a charity")
			.replaceAll("\\]\\((?:/help|tel:\\d+)\\)", "](/about)")
			.replace("988", "a number");
		assertThat(safeMessaging.check(SafeMessagingInput.ofFile(withoutHelp, contentNotes(fm), tags(fm))))
			.extracting(Finding::ruleId)
			.containsExactly("crisis-topic-help-link");
	}

	private static List<Path> articles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("content/articles"))) {
			return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
		}
	}

	private static Set<String> contentNotes(FrontMatter fm) {
		return Set.copyOf(fm.contentNotes());
	}

	private static Set<String> tags(FrontMatter fm) {
		return fm.tags().stream().map(Slugs::of).collect(Collectors.toSet());
	}

}
