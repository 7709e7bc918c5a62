package org.haven.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import org.haven.article.ArticleCard;
import org.haven.article.ArticleDetail;
import org.haven.article.ReviewStatus;
import org.haven.config.SiteProperties;
import org.haven.taxonomy.ContentNote;
import org.haven.taxonomy.TagRef;
import org.junit.jupiter.api.Test;

class FeedWriterUnitTest {

	static final SiteProperties SITE = new SiteProperties("Haven Journal", "Calm writing.",
			URI.create("https://journal.example.org"), "en-GB", null, Path.of("data"), "GB",
			java.time.ZoneId.of("UTC"));

	final SyndFeedBuilder builder = new SyndFeedBuilder(SITE);

	static ArticleDetail article(long id, String title, String published, String updated, String body) {
		ArticleCard card = new ArticleCard(id, "article-" + id, title, "A summary.", "anxiety", "Anxiety", null,
				Instant.parse(published), Instant.parse(updated), 3, List.of(new TagRef("panic", "Panic")), false, null,
				List.of());
		return new ArticleDetail(card, body, "", List.of(), List.of(), 300, null, null, null, null, null,
				new ReviewStatus(null, null, null, false), List.of(), List.of(), List.of());
	}

	static FeedContent content(ArticleDetail... items) {
		return new FeedContent(new FeedScope(FeedScope.Kind.TAG, "panic"), "Tagged panic", "Articles tagged panic.",
				List.of(items));
	}

	@Test
	void makesRelativeLinksAndImagesInTheContentAbsolute() throws Exception {
		String body = "<p><a href=\"/articles/other\">x</a> <img src=\"/media/a.png\" alt=\"\">"
				+ " <a href=\"https://elsewhere.org/\">y</a> <a href=\"//cdn.example/z\">z</a> <a href=\"#fn1\">1</a></p>";
		byte[] xml = FeedWriter
			.write(builder.build(content(article(1, "T", "2026-01-01T08:00:00Z", "2026-01-02T08:00:00Z", body)),
					FeedFormat.ATOM, FeedProperties.Content.FULL), FeedFormat.ATOM);

		String html = FeedIntegrationTest.parse(new String(xml, StandardCharsets.UTF_8))
			.getEntries()
			.get(0)
			.getContents()
			.get(0)
			.getValue();
		assertThat(html).contains("href=\"https://journal.example.org/articles/other\"",
				"src=\"https://journal.example.org/media/a.png\"", "href=\"https://elsewhere.org/\"",
				"href=\"//cdn.example/z\"", "href=\"#fn1\"");
	}

	@Test
	void everyItemWithAContentNoteStartsWithItInRssAndAtom() throws Exception {
		ArticleDetail plain = article(1, "Plain", "2026-01-01T08:00:00Z", "2026-01-01T08:00:00Z", "<p>Body.</p>");
		ArticleCard card = new ArticleCard(2, "article-2", "Noted", "A summary.", "anxiety", "Anxiety", null,
				Instant.parse("2026-01-02T08:00:00Z"), Instant.parse("2026-01-02T08:00:00Z"), 3, List.of(), false,
				"This article discusses suicidal thoughts & self-harm.",
				List.of(new ContentNote("suicide", "Suicide", "Mentions suicide."),
						new ContentNote("self-harm", "Self-harm", "Mentions self-harm.")));
		ArticleDetail noted = new ArticleDetail(card, "<p>Body.</p>", "Body.", List.of(), List.of(), 300, null, null,
				null, null, null, new ReviewStatus(null, null, null, false), List.of(), List.of(), List.of());
		String note = "Content note: Suicide, Self-harm. This article discusses suicidal thoughts & self-harm.";

		for (FeedFormat format : FeedFormat.values()) {
			SyndFeed feed = FeedIntegrationTest.parse(new String(
					FeedWriter.write(builder.build(content(noted, plain), format, FeedProperties.Content.FULL), format),
					StandardCharsets.UTF_8));

			SyndEntry entry = feed.getEntries().get(0);
			assertThat(entry.getDescription().getValue()).as(format.name()).isEqualTo(note + "\n\nA summary.");
			assertThat(entry.getContents().get(0).getValue()).as(format.name())
				.startsWith("<p class=\"content-note\">Content note: Suicide, Self-harm. This article discusses"
						+ " suicidal thoughts &amp; self-harm.</p>")
				.endsWith("<p>Body.</p>");
			assertThat(feed.getEntries().get(1).getDescription().getValue()).isEqualTo("A summary.");
			assertThat(feed.getEntries().get(1).getContents().get(0).getValue()).isEqualTo("<p>Body.</p>");
		}
	}

	@Test
	void keepsAnArticlesIdWhenItsTitleChanges() {
		ArticleCard before = article(7, "Old title", "2026-03-04T08:00:00Z", "2026-03-04T08:00:00Z", "").card();
		ArticleCard after = article(7, "New title", "2026-03-04T08:00:00Z", "2026-05-01T08:00:00Z", "").card();

		assertThat(builder.id(before)).isEqualTo(builder.id(after))
			.isEqualTo("tag:journal.example.org,2026-03-04:article-7");
	}

	@Test
	void datesTheFeedByItsNewestItemAndWritesTheRssSelfLink() throws Exception {
		FeedContent content = content(article(1, "Newer", "2026-02-01T08:00:00Z", "2026-02-03T08:00:00Z", "<p>a</p>"),
				article(2, "Older but edited", "2026-01-01T08:00:00Z", "2026-04-01T09:30:00Z", "<p>b</p>"));

		String rss = new String(FeedWriter.write(builder.build(content, FeedFormat.RSS, FeedProperties.Content.SUMMARY),
				FeedFormat.RSS), StandardCharsets.UTF_8);
		SyndFeed feed = FeedIntegrationTest.parse(rss);

		assertThat(rss).contains("<atom:link href=\"https://journal.example.org/tags/panic/feed.xml\" rel=\"self\"",
				"<lastBuildDate>Wed, 01 Apr 2026 09:30:00 GMT</lastBuildDate>");
		assertThat(feed.getEntries()).allSatisfy(entry -> assertThat(entry.getContents()).isEmpty());
		assertThat(feed.getEntries().get(0).getDescription().getValue()).isEqualTo("A summary.");
	}

	@Test
	void givesEveryAtomEntryAnAuthor() throws Exception {
		String atom = new String(FeedWriter
			.write(builder.build(content(article(1, "T", "2026-01-01T08:00:00Z", "2026-01-01T08:00:00Z", "")),
					FeedFormat.ATOM, FeedProperties.Content.FULL), FeedFormat.ATOM),
				StandardCharsets.UTF_8);

		assertThat(FeedIntegrationTest.parse(atom).getEntries().get(0).getAuthors()).extracting(p -> p.getName())
			.containsExactly("Haven Journal");
		assertThat(atom).contains("<updated>2026-01-01T08:00:00Z</updated>");
	}

}
