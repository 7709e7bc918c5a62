package org.haven.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

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
	void rejectsAFileWithoutFrontMatter() {
		assertThatThrownBy(() -> parser.parse("x.md", "# Just markdown")).isInstanceOfSatisfying(ContentException.class,
				ex -> assertThat(ex.getMessage())
					.isEqualTo("x.md:1: missing front matter: the file must start with a '---' line"));
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
	void rejectsDuplicateKeys() {
		assertThatThrownBy(() -> parser.parse("x.md", "---\ntitle: A\ntitle: B\n---\n"))
			.isInstanceOf(ContentException.class)
			.hasMessageContaining("x.md:3");
	}

}
