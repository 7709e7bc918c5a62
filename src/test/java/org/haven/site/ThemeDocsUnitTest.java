package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.haven.article.ArticleCard;
import org.haven.article.ArticleDetail;
import org.haven.article.AuthorView;
import org.haven.article.MonthCount;
import org.haven.article.Neighbours;
import org.haven.article.PageView;
import org.haven.article.Slice;
import org.haven.content.TocEntry;
import org.haven.taxonomy.CategoryView;
import org.haven.taxonomy.ContentNote;
import org.haven.taxonomy.TagRef;
import org.haven.taxonomy.WeightedTag;
import org.haven.theme.ThemeRegistry;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/themes.md} cannot drift from the code: every variable a template receives
 * is documented there.
 */
class ThemeDocsUnitTest {

	static final Path DOC = Path.of("docs/themes.md");

	static final List<Class<?>> VIEW_MODELS = List.of(SiteView.class, SiteView.Crisis.class, SiteView.ThemeInfo.class,
			PageMeta.class, PageMeta.FeedLink.class, HomeModel.class, CategoryBlock.class, ArticleModel.class,
			ArticleModel.RelatedLink.class, ListModel.class, TaxonomyModel.class, ArticleCard.class,
			ArticleDetail.class, AuthorView.class, CategoryView.class, PageView.class, Slice.class, WeightedTag.class,
			MonthCount.class, Neighbours.class, TagRef.class, ContentNote.class, TocEntry.class,
			org.haven.content.FrontMatter.Faq.class, HelpModel.class, org.haven.care.HelpRegion.class,
			org.haven.care.HelpService.class, org.haven.care.HelpService.TextOption.class,
			org.haven.care.InternationalDirectory.class);

	static final Pattern MODEL_ATTRIBUTE = Pattern.compile("(?:addAttribute|addObject)\\(\"([a-zA-Z]+)\"");

	@Test
	void everyComponentOfEveryViewModelIsDocumented() throws IOException {
		String doc = Files.readString(DOC);
		List<String> missing = new ArrayList<>();
		for (Class<?> type : VIEW_MODELS) {
			assertThat(type.isRecord()).as(type.getName()).isTrue();
			if (!doc.contains("`" + type.getSimpleName() + "`")) {
				missing.add(type.getSimpleName());
			}
			for (RecordComponent component : type.getRecordComponents()) {
				if (!doc.contains("`" + component.getName() + "`")) {
					missing.add(type.getSimpleName() + "." + component.getName());
				}
			}
		}
		assertThat(missing).as("documented in %s", DOC).isEmpty();
	}

	@Test
	void everyModelAttributeTheControllersAddIsDocumented() throws IOException {
		String doc = Files.readString(DOC);
		Set<String> attributes = modelAttributes();

		assertThat(attributes).contains("site", "meta", "fmt", "assets", "path", "home", "page", "list", "taxonomy",
				"status");
		assertThat(attributes)
			.allSatisfy(name -> assertThat(doc).as("%s documents `%s`", DOC, name).contains("| `" + name + "` |"));
	}

	@Test
	void everyRequiredTemplateIsDocumented() throws IOException {
		String doc = Files.readString(DOC);

		assertThat(ThemeRegistry.REQUIRED_TEMPLATES).allSatisfy(t -> assertThat(doc).contains("`" + t + "`"));
	}

	/**
	 * Names given to templates by the reader controllers, the error pages and the
	 * site-wide advice.
	 */
	static Set<String> modelAttributes() throws IOException {
		Set<String> names = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/java/org/haven/site"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher m = MODEL_ATTRIBUTE.matcher(source);
				while (m.find()) {
					names.add(m.group(1));
				}
			}
		}
		String advice = Files.readString(Path.of("src/main/java/org/haven/site/SiteModelAdvice.java"));
		Matcher common = Pattern.compile("Map\\.of\\((.*?)\\);").matcher(advice);
		assertThat(common.find()).as("SiteModelAdvice.common builds the shared variables with Map.of").isTrue();
		Pattern.compile("\"([a-zA-Z]+)\"").matcher(common.group(1)).results().forEach(r -> names.add(r.group(1)));
		return names;
	}

}
