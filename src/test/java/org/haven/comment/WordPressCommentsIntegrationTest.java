package org.haven.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.haven.article.Articles;
import org.haven.content.ContentProperties;
import org.haven.migrate.ImportProgress;
import org.haven.migrate.WordPressImport;
import org.haven.migrate.WordPressReport;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A WordPress export's comments come with their posts: approved ones shown, threaded one
 * level deep; pending, spam and trash kept out of sight in their queues; one in crisis
 * language held and pinned for a moderator whatever WordPress said; pingbacks left out;
 * and a second import updates instead of adding them again.
 */
@EditorIntegrationTest
class WordPressCommentsIntegrationTest {

	static final String SLUG = "evening-walks";

	@LocalServerPort
	int port;

	@Autowired
	WordPressImport wordPress;

	@Autowired
	ContentProperties content;

	@Autowired
	Articles articles;

	@Autowired
	Comments comments;

	@Autowired
	CommentRepository repository;

	@Autowired
	Moderation moderation;

	@TempDir
	Path temp;

	@AfterEach
	void trashWhatWasImported() {
		// other tests in this context read the queue: leave nothing of this one in it
		moderation.apply(ModerationAction.TRASH, imported().stream().map(Comment::getId).toList(),
				EditorIntegrationTest.ADMIN_EMAIL);
	}

	@Test
	void commentsComeWithTheirStateThreadedOneLevelDeepAndHeldWhenInCrisis() throws Exception {
		Path export = Files.writeString(temp.resolve("export.xml"), EXPORT);

		WordPressReport first = wordPress.importExport(export, null, content.dir(), ImportProgress.none());

		assertThat(first.comments()).isEqualTo(7);
		assertThat(first.skipped()).anySatisfy(line -> assertThat(line).startsWith("1 comments in crisis language"))
			.anySatisfy(line -> assertThat(line).startsWith("1 pingbacks and trackbacks"));
		long articleId = articles.published(SLUG).orElseThrow().card().id();
		List<CommentView> shown = comments.shown(articleId);
		assertThat(shown).singleElement().satisfies(top -> {
			assertThat(top.authorName()).isEqualTo("Quinn");
			assertThat(top.html()).contains("<strong>steady</strong>", "rel=\"nofollow ugc\"")
				.doesNotContain("<script");
			assertThat(top.replies()).extracting(CommentView::authorName).containsExactly("Rowan", "Élodie");
		});
		String page = Http.get(port, "/articles/" + SLUG).body();
		assertThat(page).contains("Walking after dinner keeps me", "Same for me", "Même chose")
			.doesNotContain("Still waiting", "Buy pills", "Deleted words", "I want to die", "a post that links");

		Comment held = byAuthor("Sky");
		assertThat(held.getStatus()).isEqualTo(CommentStatus.PENDING);
		assertThat(held.isCrisis()).isTrue();
		assertThat(moderation.queue(CommentStatus.PENDING, 50).get(0).id()).as("pinned to the top")
			.isEqualTo(held.getId());
		assertThat(byAuthor("Wren").getStatus()).isEqualTo(CommentStatus.PENDING);
		assertThat(byAuthor("Pills").getStatus()).isEqualTo(CommentStatus.SPAM);
		assertThat(byAuthor("Gone").getStatus()).isEqualTo(CommentStatus.TRASH);
		assertThat(byAuthor("Quinn").getEmail()).isEqualTo("quinn@example.org");

		WordPressReport second = wordPress.importExport(export, null, content.dir(), ImportProgress.none());

		assertThat(second.comments()).as("updated, not added").isEqualTo(7);
		assertThat(imported()).hasSize(7);
		assertThat(comments.shown(articleId)).singleElement().satisfies(top -> assertThat(top.replies()).hasSize(2));
	}

	private List<Comment> imported() {
		return repository.findAll()
			.stream()
			.filter(c -> List.of("Quinn", "Rowan", "Élodie", "Wren", "Pills", "Gone", "Sky")
				.contains(c.getAuthorName()))
			.toList();
	}

	private Comment byAuthor(String name) {
		return imported().stream().filter(c -> c.getAuthorName().equals(name)).findFirst().orElseThrow();
	}

	static final String EXPORT = """
			<?xml version="1.0" encoding="UTF-8"?>
			<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
			     xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
			     xmlns:wp="http://wordpress.org/export/1.2/">
			<channel>
				<title>Walks</title>
				<link>https://walks.example.org</link>
				<wp:wxr_version>1.2</wp:wxr_version>
				<wp:base_site_url>https://walks.example.org</wp:base_site_url>
				<wp:base_blog_url>https://walks.example.org</wp:base_blog_url>
				<item>
					<title>Evening walks</title>
					<link>https://walks.example.org/2020/05/01/evening-walks/</link>
					<dc:creator><![CDATA[admin]]></dc:creator>
					<content:encoded><![CDATA[A short walk after dinner helps the day settle.]]></content:encoded>
					<excerpt:encoded><![CDATA[]]></excerpt:encoded>
					<wp:post_id>501</wp:post_id>
					<wp:post_date_gmt><![CDATA[2020-05-01 18:00:00]]></wp:post_date_gmt>
					<wp:post_name><![CDATA[evening-walks]]></wp:post_name>
					<wp:status><![CDATA[publish]]></wp:status>
					<wp:post_type><![CDATA[post]]></wp:post_type>
					<category domain="category" nicename="sleep"><![CDATA[Sleep]]></category>
					%s
				</item>
			</channel>
			</rss>
			""".formatted(String.join("\n", comment(1, 0, "Quinn", "quinn@example.org", "1",
			"Walking after dinner keeps me <strong>steady</strong>. <a href=\"https://example.org/x\">More</a><script>alert(1)</script>"),
			comment(2, 1, "Rowan", "", "1", "Same for me."), comment(3, 2, "Élodie", "", "1", "Même chose, merci."),
			comment(4, 0, "Wren", "", "0", "Still waiting for a moderator."),
			comment(5, 0, "Pills", "", "spam", "Buy pills now."), comment(6, 0, "Gone", "", "trash", "Deleted words."),
			comment(7, 0, "Sky", "sky@example.org", "1", "Some nights I want to die."),
			comment(8, 0, "Other blog", "", "1", "[&#8230;] a post that links here [&#8230;]")
				.replace("<wp:comment_type></wp:comment_type>", "<wp:comment_type>pingback</wp:comment_type>")));

	static String comment(int id, int parent, String author, String email, String approved, String html) {
		return """
				<wp:comment>
					<wp:comment_id>%d</wp:comment_id>
					<wp:comment_author><![CDATA[%s]]></wp:comment_author>
					<wp:comment_author_email><![CDATA[%s]]></wp:comment_author_email>
					<wp:comment_date_gmt><![CDATA[2020-05-0%d 19:00:00]]></wp:comment_date_gmt>
					<wp:comment_content><![CDATA[%s]]></wp:comment_content>
					<wp:comment_approved><![CDATA[%s]]></wp:comment_approved>
					<wp:comment_type></wp:comment_type>
					<wp:comment_parent>%d</wp:comment_parent>
				</wp:comment>""".formatted(id, author, email, Math.min(9, id + 1), html, approved, parent);
	}

}
