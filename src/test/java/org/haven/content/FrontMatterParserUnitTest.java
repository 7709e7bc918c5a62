package org.haven.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontMatterParserUnitTest {

	private final FrontMatterParser parser = new FrontMatterParser();

	@Test
	void readsEveryDeclaredKey() {
		String text = """
				---
				title: "Coping: a guide"
				slug: coping-guide
				date: 2026-03-01T09:00:00Z
				lastmod: 2026-04-01
				draft: false
				categories: [anxiety, growth]
				tags: [Breathing, "Self-compassion"]
				summary: Short.
				authors: [maya-okafor]
				cover: media/sea.jpg
				cover_alt: A calm sea
				featured: true
				aliases: [old-coping]
				reviewed_by: sam-reyes
				last_reviewed: 2026-04-02
				content_warning: Mentions panic.
				faq:
				  - q: Does it help?
				    a: Often.
				mood: gentle
				---
				Body text.
				""";
		FrontMatterParser.Split split = parser.parse("a.md", text);
		FrontMatter fm = split.frontMatter();
		assertThat(fm.title()).isEqualTo("Coping: a guide");
		assertThat(fm.slug()).isEqualTo("coping-guide");
		assertThat(fm.date()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
		assertThat(fm.lastmod()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
		assertThat(fm.categories()).containsExactly("anxiety", "growth");
		assertThat(fm.primaryCategory()).isEqualTo("anxiety");
		assertThat(fm.tags()).containsExactly("Breathing", "Self-compassion");
		assertThat(fm.authors()).containsExactly("maya-okafor");
		assertThat(fm.coverAlt()).isEqualTo("A calm sea");
		assertThat(fm.featured()).isTrue();
		assertThat(fm.aliases()).containsExactly("old-coping");
		assertThat(fm.reviewedBy()).isEqualTo("sam-reyes");
		assertThat(fm.lastReviewed()).isEqualTo(LocalDate.of(2026, 4, 2));
		assertThat(fm.contentWarning()).isEqualTo("Mentions panic.");
		assertThat(fm.faq()).containsExactly(new FrontMatter.Faq("Does it help?", "Often."));
		assertThat(fm.extra()).containsEntry("mood", "gentle");
		assertThat(split.body()).isEqualTo("Body text.");
		assertThat(split.bodyLine()).isEqualTo(23);
	}

	@Test
	void acceptsSingularCategoryAndAuthor() {
		FrontMatter fm = parser.parse("a.md", "---\ntitle: T\ncategory: therapy\nauthor: sam-reyes\n---\n")
			.frontMatter();
		assertThat(fm.categories()).containsExactly("therapy");
		assertThat(fm.authors()).containsExactly("sam-reyes");
	}

	@Test
	void namesTheFileAndLineOfBrokenYaml() {
		String text = "---\ntitle: Fine\ntags: [a, b\nsummary: x\n---\nbody";
		assertThatThrownBy(() -> parser.parse("articles/broken.md", text))
			.isInstanceOfSatisfying(ContentException.class, ex -> {
				assertThat(ex.file()).isEqualTo("articles/broken.md");
				assertThat(ex.line()).isBetween(3, 5);
				assertThat(ex.reason()).startsWith("broken front matter");
			});
	}

	@Test
	void namesTheLineOfAValueLongerThanTheDatabaseKeeps() {
		String title = "t".repeat(301);
		String author = "a".repeat(121);
		assertThatThrownBy(() -> parser.parse("articles/long.md", "---\nsummary: s\ntitle: " + title + "\n---\nbody"))
			.isInstanceOfSatisfying(ContentException.class, ex -> {
				assertThat(ex.line()).isEqualTo(3);
				assertThat(ex.reason()).isEqualTo("'title' is 301 characters long; at most 300 are kept");
			});
		assertThatThrownBy(() -> parser.parse("articles/long.md", "---\ntitle: T\nauthor: " + author + "\n---\n"))
			.isInstanceOfSatisfying(ContentException.class, ex -> assertThat(ex.line()).isEqualTo(3));
		assertThat(parser.parse("articles/ok.md", "---\ntitle: " + "t".repeat(300) + "\n---\n").frontMatter().title())
			.hasSize(300);
	}

	@Test
	void rejectsAFileWithoutFrontMatter() {
		assertThatThrownBy(() -> parser.parse("x.md", "# Just markdown"))
			.isInstanceOfSatisfying(ContentException.class, ex -> assertThat(ex.getMessage()).isEqualTo(
					"x.md:1: missing front matter: the file must start with a '---' (YAML), '+++' (TOML) or '{' (JSON) line"));
	}

	@Test
	void rejectsUnclosedFrontMatter() {
		assertThatThrownBy(() -> parser.parse("x.md", "---\ntitle: T\n")).hasMessageContaining("not closed");
	}

	@Test
	void namesTheLineOfAValueOfTheWrongType() {
		String text = "---\ntitle: T\ndraft: maybe\n---\n";
		assertThatThrownBy(() -> parser.parse("x.md", text)).isInstanceOfSatisfying(ContentException.class,
				ex -> assertThat(ex.getMessage()).isEqualTo("x.md:3: 'draft' must be true or false"));
	}

	@Test
	void rejectsAnUnreadableDate() {
		assertThatThrownBy(() -> parser.parse("x.md", "---\ntitle: T\n\ndate: next tuesday\n---\n"))
			.hasMessage("x.md:4: 'date' must be a date like 2026-03-01 or 2026-03-01T09:00:00Z");
	}

	@Test
	void aDuplicateKeyIsAWarningNamingBothLinesAndTheLastValueWins() {
		FrontMatter fm = parser.parse("x.md", "---\ntitle: A\ndraft: false\ntitle: B\n---\n").frontMatter();

		assertThat(fm.title()).isEqualTo("B");
		assertThat(fm.warnings()).extracting(ImportProblem::toString)
			.containsExactly("x.md:4: duplicate key 'title' on lines 2 and 4: the value on line 4 is used");
	}

	@ParameterizedTest
	@ValueSource(strings = { "image", "featured_image", "featuredImage", "thumbnail" })
	void takesTheCoverFromTheKeyAHugoThemeUses(String key) {
		FrontMatterParser.Split split = parser.parse("t.md",
				"---\ntitle: Calm\n" + key + ": /images/lake.jpg\n---\nBody.\n");

		assertThat(split.frontMatter().cover()).isEqualTo("/images/lake.jpg");
	}

	@Test
	void readsTomlFrontMatterBetweenPlusLines() {
		String text = """
				+++
				title = "Sleep and worry"
				date = 2019-03-11
				tags = ["sleep", "worry"]
				categories = ["Anxiety"]
				author = "Jane Doe"
				draft = false
				[cover]
				image = "night.jpg"
				alt = "A dark window"
				+++
				Body.
				""";
		FrontMatterParser.Split split = parser.parse("t.md", text);

		assertThat(split.frontMatter().title()).isEqualTo("Sleep and worry");
		assertThat(split.frontMatter().date()).isEqualTo(Instant.parse("2019-03-11T00:00:00Z"));
		assertThat(split.frontMatter().categories()).containsExactly("Anxiety");
		assertThat(split.frontMatter().authors()).containsExactly("Jane Doe");
		assertThat(split.frontMatter().cover()).isEqualTo("night.jpg");
		assertThat(split.frontMatter().coverAlt()).isEqualTo("A dark window");
		assertThat(split.body()).isEqualTo("Body.");
		assertThat(split.bodyLine()).isEqualTo(12);
	}

	@Test
	void namesTheLineOfBrokenToml() {
		assertThatThrownBy(() -> parser.parse("t.md", "+++\ntitle = \"A\"\ntags = [\n+++\n"))
			.isInstanceOf(ContentException.class)
			.hasMessageStartingWith("t.md:")
			.hasMessageContaining("broken TOML front matter");
	}

	@Test
	void readsJsonFrontMatterAtTheTopOfTheFile() {
		String text = """
				{
				  "title": "Grounding",
				  "date": "2020-01-02T10:00:00+01:00",
				  "categories": ["Coping"]
				}
				The body.
				""";
		FrontMatterParser.Split split = parser.parse("j.md", text);

		assertThat(split.frontMatter().title()).isEqualTo("Grounding");
		assertThat(split.frontMatter().date()).isEqualTo(Instant.parse("2020-01-02T09:00:00Z"));
		assertThat(split.frontMatter().lineOf("categories")).isEqualTo(4);
		assertThat(split.body().strip()).isEqualTo("The body.");
	}

	@Test
	void aDateWithoutTimeIsMidnightInTheSiteTimeZone() {
		FrontMatterParser berlin = new FrontMatterParser(java.time.ZoneId.of("Europe/Berlin"));

		FrontMatter quoted = berlin.parse("x.md", "---\ntitle: T\ndate: \"2019-03-11\"\n---\n").frontMatter();
		FrontMatter plain = berlin.parse("x.md", "---\ntitle: T\ndate: 2019-03-11\n---\n").frontMatter();
		FrontMatter local = berlin.parse("x.md", "---\ntitle: T\ndate: 2019-03-11 08:30:00\n---\n").frontMatter();

		assertThat(quoted.date()).isEqualTo(Instant.parse("2019-03-10T23:00:00Z"));
		assertThat(plain.date()).isEqualTo(Instant.parse("2019-03-10T23:00:00Z"));
		assertThat(local.date()).isEqualTo(Instant.parse("2019-03-11T07:30:00Z"));
	}

	@Test
	void readsHugosOwnKeysAndKeepsThemForTheNextSave() {
		String text = """
				---
				title: T
				date: 2020-01-01
				publishDate: 2020-02-01T08:00:00Z
				expiryDate: 2021-01-01
				description: What the page is about.
				images: [a.jpg, b.jpg]
				weight: 3
				keywords: [calm, sleep]
				series: [Sleep well]
				---
				""";
		FrontMatter fm = parser.parse("x.md", text).frontMatter();

		assertThat(fm.date()).isEqualTo(Instant.parse("2020-02-01T08:00:00Z"));
		assertThat(fm.hugo().expiryDate()).isEqualTo(Instant.parse("2021-01-01T00:00:00Z"));
		assertThat(fm.hugo().description()).isEqualTo("What the page is about.");
		assertThat(fm.cover()).isEqualTo("a.jpg");
		assertThat(fm.hugo().weight()).isEqualTo(3);
		assertThat(fm.hugo().keywords()).containsExactly("calm", "sleep");
		assertThat(fm.hugo().series()).containsExactly("Sleep well");
		assertThat(fm.extra()).containsKeys("description", "expiryDate", "images", "weight", "keywords", "series");
	}

}
